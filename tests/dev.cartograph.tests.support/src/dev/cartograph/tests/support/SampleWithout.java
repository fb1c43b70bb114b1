// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import java.util.Locale;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;

/**
 * The sample portfolio without parts the metamodel makes optional, as files written by hand or by
 * other tools have them: the roadmap, its waves, the scoring configuration, the use cases' business
 * cases, all of them, or everything but a name. Every command, page and view must work on each.
 */
public enum SampleWithout {

    /** No roadmap element, so no use case is in a wave (deployed ones included). */
    ROADMAP {
        @Override
        void strip(Portfolio portfolio) {
            portfolio.getUseCases().forEach(u -> u.setWave(null));
            portfolio.setRoadmap(null);
        }
    },
    /** A roadmap without waves. */
    WAVES {
        @Override
        void strip(Portfolio portfolio) {
            portfolio.getUseCases().forEach(u -> u.setWave(null));
            portfolio.getRoadmap().getWaves().clear();
        }
    },
    /** No scoring configuration: the installed criteria with their default weights, no gates. */
    SCORING {
        @Override
        void strip(Portfolio portfolio) {
            portfolio.setScoring(null);
        }
    },
    /** No use case has a business case. */
    BUSINESS_CASES {
        @Override
        void strip(Portfolio portfolio) {
            portfolio.getUseCases().forEach(u -> u.setBusinessCase(null));
        }
    },
    /** Neither roadmap, scoring configuration nor business cases. */
    ALL_OPTIONAL_PARTS {
        @Override
        void strip(Portfolio portfolio) {
            ROADMAP.strip(portfolio);
            SCORING.strip(portfolio);
            BUSINESS_CASES.strip(portfolio);
        }
    },
    /** A name and nothing else. */
    EVERYTHING_BUT_A_NAME {
        @Override
        public Portfolio portfolio() {
            Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
            portfolio.setName("Nothing yet"); //$NON-NLS-1$
            return portfolio;
        }

        @Override
        void strip(Portfolio portfolio) {
            // built empty
        }
    };

    /** @return a fresh build of the sample without this part */
    public Portfolio portfolio() {
        Portfolio portfolio = SamplePortfolio.build();
        strip(portfolio);
        return portfolio;
    }

    /** @return a file name that says what the portfolio lacks */
    public String fileName() {
        return "without-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".cartograph"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    abstract void strip(Portfolio portfolio);
}
