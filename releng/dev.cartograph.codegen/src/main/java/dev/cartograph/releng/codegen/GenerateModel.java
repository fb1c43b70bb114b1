// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model and edit code of Cartograph from its genmodel, outside the Eclipse IDE.
 * <p>
 * Works like the IDE's "Reload" followed by "Generate Model Code" and "Generate Edit Code": a
 * fresh genmodel is initialised from the .ecore, reconciled with the committed genmodel (which
 * carries the settings), saved, and generated. Only {@code src-gen/} and the edit bundle's
 * {@code plugin.properties} (merged: new keys are added) may change; every other file the EMF
 * generator would rewrite (manifests, build.properties, plugin.xml, icons) is restored
 * afterwards, because once created those files are maintained by hand.
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "dev.cartograph.model"; //$NON-NLS-1$
    private static final String EDIT_BUNDLE = "dev.cartograph.model.edit"; //$NON-NLS-1$
    private static final String GENMODEL = "/" + MODEL_BUNDLE + "/model/cartograph.genmodel"; //$NON-NLS-1$ //$NON-NLS-2$

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize(); //$NON-NLS-1$
        Path bundles = root.resolve("bundles"); //$NON-NLS-1$
        List<Path> owned = List.of(bundles.resolve(MODEL_BUNDLE), bundles.resolve(EDIT_BUNDLE));
        Map<Path, byte[]> handWritten = snapshot(owned);

        for (Path bundle : owned) {
            Files.createDirectories(bundle);
            EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
                    URI.createFileURI(bundle.toString() + "/")); //$NON-NLS-1$
        }
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl()); //$NON-NLS-1$
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        URI genModelUri = URI.createPlatformResourceURI(GENMODEL, true);
        GenModel oldGenModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : oldGenModel.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }

        ResourceSet newResourceSet = new ResourceSetImpl();
        newResourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .putAll(resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap());
        Resource newResource = newResourceSet.createResource(genModelUri);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        newResource.getContents().add(genModel);
        genModel.initialize(ePackages);
        genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
        if (!genModel.reconcile(oldGenModel)) {
            throw new IllegalStateException("The genmodel could not be reconciled with " + ePackages); //$NON-NLS-1$
        }
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is not valid: " + diagnostic); //$NON-NLS-1$
        }
        Map<Object, Object> saveOptions = new HashMap<>();
        saveOptions.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        newResource.save(saveOptions);

        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Generation failed: " + result); //$NON-NLS-1$
            }
        }
        restore(owned, handWritten);
        System.out.println("Generated model and edit code into " + owned); //$NON-NLS-1$
    }

    /** Remembers every file outside src-gen/ that the generator must not change. */
    private static Map<Path, byte[]> snapshot(List<Path> bundles) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        for (Path bundle : bundles) {
            if (!Files.isDirectory(bundle)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(bundle)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    if (isHandWritten(bundle, file)) {
                        files.put(file, Files.readAllBytes(file));
                    }
                }
            }
        }
        return files;
    }

    /**
     * Puts hand-maintained files back. Files the generator creates for the first time (icons,
     * plugin.xml, a manifest) are kept: from then on they are maintained by hand.
     */
    private static void restore(List<Path> bundles, Map<Path, byte[]> handWritten) throws IOException {
        for (Path bundle : bundles) {
            List<Path> current;
            try (Stream<Path> walk = Files.walk(bundle)) {
                current = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : current) {
                if (!isHandWritten(bundle, file)) {
                    continue;
                }
                byte[] before = handWritten.get(file);
                if (before != null) {
                    Files.write(file, before);
                }
            }
        }
    }

    private static boolean isHandWritten(Path bundle, Path file) {
        Path relative = bundle.relativize(file);
        String first = relative.getName(0).toString();
        if (first.equals("src-gen") || first.equals("target") || first.equals("model")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return false;
        }
        // The edit bundle's generated labels are merged into plugin.properties by EMF.
        return !(bundle.endsWith(EDIT_BUNDLE) && relative.toString().equals("plugin.properties")); //$NON-NLS-1$
    }
}
