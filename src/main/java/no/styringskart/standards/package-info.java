/** International standards (FHIR, SNOMED CT, ICD-11, IHE, IPS, GS1…), their SDOs and normative levels. */
package no.styringskart.standards;
