/** People: their names and aliases, titles, and what they did where (memberships, attendance, saker). */
package no.styringskart.people;
