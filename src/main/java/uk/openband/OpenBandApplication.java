package uk.openband;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** OpenBand: high needs top-up funding, from the matrix to the payment line. */
@SpringBootApplication
public class OpenBandApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenBandApplication.class, args);
    }
}
