package netmarket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the monthly pipeline: extract, normalize, load (and later derive, score, publish). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("schedule")) {
            // the scheduler never opens the store: each run is a child process, so the file is free between runs
            System.exit(netmarket.app.Scheduler.main(args));
        }
        System.exit(SpringApplication.exit(SpringApplication.run(Application.class, args)));
    }
}
