// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.persistence.ModelLoadException;

/** Explains why a file did not load, in words a user understands, with the file, line and column. */
public final class LoadDiagnoser {

    private final URI uri;
    private final LoadSession session;

    /**
     * @param uri the URI of the file
     * @param session the state of the failed load
     */
    public LoadDiagnoser(URI uri, LoadSession session) {
        this.uri = uri;
        this.session = session;
    }

    /**
     * Explains a failed load.
     *
     * @param thrown what the load threw
     * @param errors the resource's errors
     * @return the first problem, with the others as suppressed exceptions
     */
    public ModelLoadException diagnose(Throwable thrown, List<Resource.Diagnostic> errors) {
        List<ModelLoadException> problems = new ArrayList<>();
        Throwable fatal = fatalCause(thrown);
        Resource.Diagnostic fatalError = null;
        for (Resource.Diagnostic error : errors) {
            if (fatal != null && error instanceof XMIException xmi && xmi.getCause() == fatal) {
                fatalError = error;
            } else {
                problems.add(explain(error));
            }
        }
        if (fatal != null) {
            problems.add(0, explainFatal(fatal, fatalError));
        }
        if (problems.isEmpty()) {
            problems.add(problem(-1, -1, Messages.format("LoadProblem_unreadable", reason(thrown)), thrown)); //$NON-NLS-1$
        }
        ModelLoadException first = problems.get(0);
        for (ModelLoadException other : problems.subList(1, problems.size())) {
            first.addSuppressed(other);
        }
        return first;
    }

    /**
     * Explains why a file could not be opened.
     *
     * @param uri the URI of the file
     * @param exception what opening it threw
     * @return the problem
     */
    public static ModelLoadException cannotOpen(URI uri, Exception exception) {
        boolean missing = exception instanceof FileNotFoundException || exception instanceof NoSuchFileException;
        if (missing && uri.isFile() && !Files.exists(Path.of(uri.toFileString()))) {
            return new ModelLoadException(uri, -1, -1, Messages.format("LoadProblem_notFound"), exception); //$NON-NLS-1$
        }
        return new ModelLoadException(uri, -1, -1, Messages.format("LoadProblem_unreadable", reason(exception)), //$NON-NLS-1$
                exception);
    }

    /**
     * Explains that a file is larger than loads accept.
     *
     * @param uri the URI of the file
     * @param size the file's size in bytes
     * @param limit the largest size loads accept
     * @return the problem
     */
    public static ModelLoadException tooBig(URI uri, long size, long limit) {
        return new ModelLoadException(uri, -1, -1,
                Messages.format("LoadProblem_tooBig", Sizes.format(size), Sizes.format(limit)), null); //$NON-NLS-1$
    }

    private static Throwable fatalCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException || cause instanceof InputLimitException
                    || cause instanceof CharConversionException) {
                return cause;
            }
        }
        return null;
    }

    private ModelLoadException explainFatal(Throwable fatal, Resource.Diagnostic error) {
        if (fatal instanceof InputLimitException limit) {
            return problem(-1, -1,
                    Messages.format("LoadProblem_tooBigUnknownSize", Sizes.format(limit.getLimit())), fatal); //$NON-NLS-1$
        }
        if (fatal instanceof LoadProblemException refused) {
            return problem(refused.getLineNumber(), refused.getColumnNumber(), refused.getMessage(), null);
        }
        int line = error == null ? -1 : error.getLine();
        int column = error == null ? -1 : error.getColumn();
        if (fatal instanceof SAXParseException parse) {
            line = parse.getLineNumber();
            column = parse.getColumnNumber();
        }
        LoadInputStream input = session.input();
        String message = String.valueOf(fatal.getMessage());
        String key;
        if (message.contains("disallow-doctype-decl") || !session.isRootStarted() && input.headHasDoctype()) { //$NON-NLS-1$
            key = "LoadProblem_doctype"; //$NON-NLS-1$
        } else if (input.isBlank()) {
            return problem(-1, -1, Messages.format("LoadProblem_empty"), fatal); //$NON-NLS-1$
        } else if (!input.looksLikeXml()) {
            key = "LoadProblem_notXml"; //$NON-NLS-1$
        } else if (fatal instanceof CharConversionException) {
            key = "LoadProblem_badEncoding"; //$NON-NLS-1$
        } else if (input.isEndReached() && (session.depth() > 0 || !session.isRootStarted())) {
            key = "LoadProblem_truncated"; //$NON-NLS-1$
        } else {
            key = "LoadProblem_malformed"; //$NON-NLS-1$
        }
        return problem(line, column, Messages.format(key, message), fatal);
    }

    private ModelLoadException explain(Resource.Diagnostic error) {
        if (error instanceof ModelLoadException problem) {
            return problem;
        }
        Throwable cause = error instanceof Throwable throwable ? throwable : null;
        return problem(error.getLine(), error.getColumn(), describe(error), cause);
    }

    private static String describe(Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal) {
            return describeValue(illegal);
        }
        if (error instanceof UnresolvedReferenceException unresolved) {
            return Messages.format("LoadProblem_danglingReference", featureName(unresolved.getFeature()), //$NON-NLS-1$
                    label(unresolved.getObject()), unresolved.getReference());
        }
        if (error instanceof ClassNotFoundException unknownClass) {
            return Messages.format("LoadProblem_unknownType", unknownClass.getName()); //$NON-NLS-1$
        }
        if (error instanceof FeatureNotFoundException unknownFeature) {
            return Messages.format("LoadProblem_unknownProperty", unknownFeature.getName(), //$NON-NLS-1$
                    label(unknownFeature.getObject()));
        }
        if (error instanceof PackageNotFoundException unknownPackage) {
            return Messages.format("LoadProblem_unknownNamespace", unknownPackage.uri()); //$NON-NLS-1$
        }
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
            return Messages.format("LoadProblem_malformed", parse.getMessage()); //$NON-NLS-1$
        }
        return Messages.format("LoadProblem_other", error.getMessage()); //$NON-NLS-1$
    }

    private static String describeValue(IllegalValueException illegal) {
        EStructuralFeature feature = illegal.getFeature();
        String value = String.valueOf(illegal.getValue());
        String owner = label(illegal.getObject());
        if (feature.getEType() instanceof EEnum eEnum) {
            String literals = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
            return Messages.format("LoadProblem_invalidEnum", value, feature.getName(), owner, literals); //$NON-NLS-1$
        }
        String expected = ValueKinds.describe(feature.getEType().getInstanceClass());
        if (expected == null) {
            Throwable cause = illegal.getCause();
            return Messages.format("LoadProblem_invalidValueOther", value, feature.getName(), owner, //$NON-NLS-1$
                    cause == null ? "" : String.valueOf(cause.getMessage())); //$NON-NLS-1$
        }
        return Messages.format("LoadProblem_invalidValue", value, feature.getName(), owner, expected); //$NON-NLS-1$
    }

    private static String featureName(EStructuralFeature feature) {
        return feature == null ? "?" : feature.getName(); //$NON-NLS-1$
    }

    /**
     * @param object an element, may be {@code null}
     * @return how messages name the element: its class and, if it has one, its name
     */
    static String label(EObject object) {
        if (object == null) {
            return "?"; //$NON-NLS-1$
        }
        String type = object.eClass().getName();
        if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return Messages.format("Label_named", type, named.getName()); //$NON-NLS-1$
        }
        return type;
    }

    private static String reason(Throwable thrown) {
        return thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
    }

    private ModelLoadException problem(int line, int column, String text, Throwable cause) {
        return new ModelLoadException(uri, line, column, text, cause);
    }
}
