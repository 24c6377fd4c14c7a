package no.styringskart.system;

import no.styringskart.support.TestNeo4jInitializer;

import org.springframework.test.context.TestPropertySource;

/** The browsing questions again, read through the Java driver as with an external server. */
@TestPropertySource(properties = TestNeo4jInitializer.IN_PROCESS_READS + "=false")
class BrowsingOverBoltTests extends BrowsingApiTests {

}
