package no.styringskart.analysis;

import no.styringskart.support.TestNeo4jInitializer;

import org.springframework.test.context.TestPropertySource;

/** The analysis questions again, read through the Java driver as with an external server. */
@TestPropertySource(properties = TestNeo4jInitializer.IN_PROCESS_READS + "=false")
class AnalysisOverBoltTests extends AnalysisApiTests {

}
