// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

/**
 * Apache POI logs through the Log4j API, and Cartograph ships no Log4j implementation: without a word, the API
 * prints "could not find a logging provider" on the error stream, and POI's own messages (a refused DOCTYPE)
 * after it, in the middle of a command's output. What POI would log, the import reports itself, with the file,
 * row and column; so, unless the user configured Log4j, its simple logger is chosen and turned off.
 */
final class PoiLogging {

    private static final String FACTORY = "log4j2.loggerContextFactory"; //$NON-NLS-1$
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level"; //$NON-NLS-1$
    private static final String STATUS = "log4j2.statusLoggerLevel"; //$NON-NLS-1$

    private PoiLogging() {
    }

    /** Chooses the quiet simple logger, once, unless Log4j is configured. */
    static synchronized void quiet() {
        if (System.getProperty(FACTORY) == null && System.getProperty("log4j.provider") == null) { //$NON-NLS-1$
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); //$NON-NLS-1$
            System.setProperty(LEVEL, "OFF"); //$NON-NLS-1$
            System.setProperty(STATUS, "OFF"); //$NON-NLS-1$
        }
    }
}
