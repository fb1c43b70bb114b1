// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/** Stops parsing a file that is refused; the message is the problem in words a user understands. */
public final class LoadProblemException extends SAXParseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the problem, in words a user understands
     * @param locator where the parser is, may be {@code null}
     */
    public LoadProblemException(String problem, Locator locator) {
        super(problem, locator);
    }
}
