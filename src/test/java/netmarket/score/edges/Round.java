package netmarket.score.edges;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases scored together in one store: same period, and no two of them asking for different variants
 * of the same baseline figure. Packing first-fit keeps the rounds few (each case has its own region).
 */
final class Round {

    final YearMonth period;
    final List<Case> cases = new ArrayList<>();
    /** "baseline region|metric" to the variant this round's baseline has. */
    private final Map<String, String> variants = new HashMap<>();
    private final Map<String, String> baselineRegions = new HashMap<>();

    private Round(YearMonth period) {
        this.period = period;
    }

    static List<Round> pack(List<Case> cases, Map<String, Rubric> rubrics) {
        List<Round> rounds = new ArrayList<>();
        for (Case c : cases) {
            String base = rubrics.get(c.rubric()).baselineOf(new World.Region("", c.zone(), c.province()));
            Round home = null;
            for (Round r : rounds) {
                if (r.period.equals(c.period()) && r.fits(base, c.baselines())) {
                    home = r;
                    break;
                }
            }
            if (home == null) {
                home = new Round(c.period());
                rounds.add(home);
            }
            home.cases.add(c);
            home.baselineRegions.put(base, base);
            for (Map.Entry<String, String> v : c.baselines().entrySet()) {
                home.variants.put(base + "|" + v.getKey(), v.getValue());
            }
        }
        return rounds;
    }

    private boolean fits(String base, Map<String, String> wanted) {
        for (Map.Entry<String, String> v : wanted.entrySet()) {
            String have = variants.get(base + "|" + v.getKey());
            if (have != null && !have.equals(v.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Puts each baseline region's figures in the world: the variant a case asked for, else the ordinary one. */
    void baselineRows(Baselines baselines, World world) {
        for (String base : baselineRegions.keySet()) {
            for (String metric : baselines.metrics()) {
                String variant = variants.getOrDefault(base + "|" + metric, Baselines.CANONICAL);
                baselines.rows(metric, variant, period).forEach(r -> world.add(base, r));
            }
        }
    }
}
