package uk.carerules.rules;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the live rules and the candidate rulesets (for validation and what-if) are read from. */
@ConfigurationProperties("rules")
public class RulesConfiguration {

    /** The live rules directory, read at start-up. */
    private String dir = "rules";

    /** Root under which candidate ruleset directories may be named by policy staff. */
    private String candidatesDir = "examples";

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getCandidatesDir() {
        return candidatesDir;
    }

    public void setCandidatesDir(String candidatesDir) {
        this.candidatesDir = candidatesDir;
    }
}
