package uk.carerules;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "care-rules", version = "0.1.0",
    description = "Eligibility (FACS 2010, Care Act 2014) and Resource Allocation System decisions, stored as evidence"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
