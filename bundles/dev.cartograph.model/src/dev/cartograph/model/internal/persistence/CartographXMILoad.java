// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/** Loads a Cartograph file with a {@link CartographXMIHandler}. */
public final class CartographXMILoad extends XMILoadImpl {

    private final LoadSession session;

    /**
     * @param helper the XMI helper of the resource
     * @param session the state of this load
     */
    public CartographXMILoad(XMLHelper helper, LoadSession session) {
        super(helper);
        this.session = session;
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new CartographXMIHandler(resource, helper, options, session);
    }
}
