/**
 * Councils, committees and boards ("bodies": e-helsestyret, NUFA, NUIT, programstyrer…), their memberships
 * (who sits where, on behalf of whom) and how they relate to each other.
 */
package no.styringskart.councils;
