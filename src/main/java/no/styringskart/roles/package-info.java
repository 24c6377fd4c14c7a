/** Roles, processes and forums a governance paper defines (e.g. the standards collaboration model). */
package no.styringskart.roles;
