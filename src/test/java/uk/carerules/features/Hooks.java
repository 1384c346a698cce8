package uk.carerules.features;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;

/** Each scenario starts with an empty request; the servers are stopped after the last one. */
public class Hooks {

    @Before(order = 0)
    public void newScenario() {
        World.reset();
    }

    @AfterAll
    public static void stopServers() {
        Services.stopAll();
    }
}
