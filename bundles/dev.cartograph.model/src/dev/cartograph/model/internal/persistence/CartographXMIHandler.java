// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMLContentHandlerImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import dev.cartograph.model.CartographPackage;

/**
 * Reads a Cartograph file. On top of EMF's XMI handler it
 * <ul>
 * <li>refuses elements nested deeper than the session allows;</li>
 * <li>counts the model elements it reads, so that the resource knows whether some lacked an id;</li>
 * <li>tells the session where attributes and elements the model does not know are, to warn about them;</li>
 * <li>checks the namespace of the first model element, and reads a file written in another readable or migrated
 * namespace into the current model;</li>
 * <li>looks namespaces up only in the package registry: a namespace URI or schema location in an untrusted file
 * never makes the load open another file or a network connection.</li>
 * </ul>
 */
public final class CartographXMIHandler extends SAXXMIHandler {

    private final LoadSession session;
    private boolean namespaceChecked;

    /**
     * @param resource the resource being loaded
     * @param helper the XMI helper of the load
     * @param options the load options
     * @param session the state of this load
     */
    public CartographXMIHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, LoadSession session) {
        super(resource, helper, options);
        this.session = session;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        session.enterElement(locator);
        super.startElement(uri, localName, qName, attributes);
    }

    /** Called once the element's namespace declarations are known, before anything is created for it. */
    @Override
    protected void processElement(String name, String prefix, String localName) {
        if (!namespaceChecked) {
            String namespace = helper.getURI(prefix);
            if (!isXmiWrapper(namespace, localName)) {
                namespaceChecked = true;
                try {
                    session.checkModelNamespace(namespace, name, locator);
                } catch (LoadProblemException e) {
                    throw new LoadRefusedException(e);
                }
            }
        }
        super.processElement(name, prefix, localName);
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        session.exitElement();
        super.endElement(uri, localName, name);
    }

    private static boolean isXmiWrapper(String namespace, String localName) {
        return XMIResource.XMI_TAG_NAME.equals(localName) && namespace != null
                && XMLContentHandlerImpl.isXMINamespace(namespace);
    }

    @Override
    protected void processObject(EObject object) {
        if (object != null && object.eClass().getEPackage() == CartographPackage.eINSTANCE) {
            session.modelObjectRead();
        }
        super.processObject(object);
    }

    @Override
    protected void recordUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
            String value) {
        String qualifiedName = prefix == null || prefix.isEmpty() ? name : prefix + ':' + name;
        session.unknownContentRead(peekObject, qualifiedName, isElement, getLineNumber(), getColumnNumber());
        super.recordUnknownFeature(prefix, name, isElement, peekObject, value);
    }

    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (uriString == null) {
            return null;
        }
        if (uriString.equals(session.namespace()) || CartographPackage.eNS_URI.equals(uriString)) {
            return CartographPackage.eINSTANCE;
        }
        EPackage ePackage = extendedMetaData == null ? packageRegistry.getEPackage(uriString)
                : extendedMetaData.getPackage(uriString);
        if (ePackage == null || ePackage.eIsProxy()) {
            ePackage = handleMissingPackage(uriString);
        }
        if (ePackage == null) {
            error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
        }
        return ePackage;
    }
}
