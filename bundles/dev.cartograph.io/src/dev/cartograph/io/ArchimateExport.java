// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Writes a portfolio in the ArchiMate Model Exchange File Format 3.1, which Archi, BiZZdesign, Sparx and
 * other ArchiMate tools import.
 * <p>
 * The mapping: journeys, their stages, workflows and their steps are business processes (a stage or step is
 * composed in its journey or workflow; successive stages trigger each other, a step flows to its
 * successors); the actors of steps are business roles assigned to the steps; frictions are assessments
 * associated with where they occur; use cases and initiatives are work packages (ArchiMate's element for
 * a piece of change with a goal, an owner and a time frame, which is what a use case becomes once it is
 * planned; there is no "idea" element), an initiative aggregates its use cases; KPIs are outcomes a use case
 * realizes; data assets are business objects a use case accesses; waves are plateaus aggregating their use
 * cases; anchors and friction links are associations, dependencies are triggering relationships from the
 * use case depended on. Scores and business-case figures are properties, declared once in
 * {@code propertyDefinitions}.
 * <p>
 * Identifiers are {@code id-} and the element's UUID (a valid {@code xsd:ID}), so exporting the same
 * portfolio twice gives the same identifiers and a tool re-importing the file updates what it imported
 * before; relationship and role identifiers are name-based UUIDs of what they join.
 */
public final class ArchimateExport {

    /** The namespace of the exchange format 3.x. */
    public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/"; //$NON-NLS-1$

    /** Where the 3.1 schema of models is published. */
    public static final String SCHEMA_LOCATION = "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd"; //$NON-NLS-1$

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$

    private record Element(String id, String type, String name, String documentation, Map<String, String> properties) {
    }

    private record Relationship(String id, String type, String source, String target) {
    }

    private final Portfolio portfolio;
    private final List<Element> elements = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final Map<String, String> roles = new LinkedHashMap<>();
    /** Property name to its definition's identifier, in the order first used. */
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, Boolean> numeric = new LinkedHashMap<>();

    private ArchimateExport(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /**
     * Writes the portfolio as an exchange file.
     *
     * @param portfolio the portfolio
     * @param out where the file goes, in UTF-8; not closed
     * @throws IOException if the stream cannot be written
     */
    public static void write(Portfolio portfolio, OutputStream out) throws IOException {
        ArchimateExport export = new ArchimateExport(portfolio);
        export.collect();
        try {
            export.emit(out);
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @param object an element of a portfolio
     * @return its exchange identifier: {@code id-} and its UUID, or a name-based UUID of its place in the
     *         model when it is in no Cartograph resource
     */
    public static String identifier(EObject object) {
        String uuid = ModelPersistence.getId(object);
        if (uuid == null) {
            uuid = nameUuid(EcoreUtil.getURI(object).fragment());
        }
        return "id-" + uuid; //$NON-NLS-1$
    }

    private static String nameUuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void collect() {
        for (CustomerJourney journey : portfolio.getJourneys()) {
            Map<String, String> properties = new LinkedHashMap<>();
            put(properties, "Persona", journey.getPersona()); //$NON-NLS-1$
            String journeyId = element(journey, "BusinessProcess", properties); //$NON-NLS-1$
            JourneyStage previous = null;
            for (JourneyStage stage : journey.getStages()) {
                Map<String, String> stageProperties = new LinkedHashMap<>();
                if (stage.getKind() != null) {
                    put(stageProperties, "Stage kind", stage.getKind().getLiteral()); //$NON-NLS-1$
                }
                String stageId = element(stage, "BusinessProcess", stageProperties); //$NON-NLS-1$
                relate("Composition", journeyId, stageId); //$NON-NLS-1$
                if (previous != null) {
                    relate("Triggering", identifier(previous), stageId); //$NON-NLS-1$
                }
                previous = stage;
                frictions(stage.getFrictions(), stageId);
            }
        }
        for (Workflow workflow : portfolio.getWorkflows()) {
            Map<String, String> properties = new LinkedHashMap<>();
            put(properties, "Owning unit", workflow.getOwningUnit()); //$NON-NLS-1$
            if (workflow.isSetVolume()) {
                number(properties, "Volume", workflow.getVolume()); //$NON-NLS-1$
            }
            String workflowId = element(workflow, "BusinessProcess", properties); //$NON-NLS-1$
            for (WorkflowStep step : workflow.getSteps()) {
                Map<String, String> stepProperties = new LinkedHashMap<>();
                if (step.isSetManualEffort()) {
                    number(stepProperties, "Manual effort", step.getManualEffort()); //$NON-NLS-1$
                }
                if (step.isSetVolume()) {
                    number(stepProperties, "Volume", step.getVolume()); //$NON-NLS-1$
                }
                if (step.isSetErrorRate()) {
                    number(stepProperties, "Error rate", step.getErrorRate()); //$NON-NLS-1$
                }
                String stepId = element(step, "BusinessProcess", stepProperties); //$NON-NLS-1$
                relate("Composition", workflowId, stepId); //$NON-NLS-1$
                String actor = step.getActor();
                if (actor != null && !actor.isBlank()) {
                    relate("Assignment", role(actor.strip()), stepId); //$NON-NLS-1$
                }
                frictions(step.getFrictions(), stepId);
            }
            for (WorkflowStep step : workflow.getSteps()) {
                for (WorkflowStep successor : step.getSuccessors()) {
                    relate("Flow", identifier(step), identifier(successor)); //$NON-NLS-1$
                }
            }
        }
        for (DataAsset asset : portfolio.getDataAssets()) {
            Map<String, String> properties = new LinkedHashMap<>();
            put(properties, "System", asset.getSystem()); //$NON-NLS-1$
            if (asset.getAvailability() != null) {
                put(properties, "Availability", asset.getAvailability().getLiteral()); //$NON-NLS-1$
            }
            if (asset.getQuality() != null) {
                put(properties, "Quality", asset.getQuality().getLiteral()); //$NON-NLS-1$
            }
            put(properties, "Personal data", Boolean.toString(asset.isContainsPersonalData())); //$NON-NLS-1$
            element(asset, "BusinessObject", properties); //$NON-NLS-1$
        }
        for (UseCase useCase : portfolio.getUseCases()) {
            useCase(useCase);
        }
        for (UseCase useCase : portfolio.getUseCases()) {
            String id = identifier(useCase);
            for (WorkflowStep step : useCase.getSteps()) {
                relate("Association", id, identifier(step)); //$NON-NLS-1$
            }
            for (JourneyStage stage : useCase.getStages()) {
                relate("Association", id, identifier(stage)); //$NON-NLS-1$
            }
            for (Friction friction : useCase.getFrictions()) {
                relate("Association", id, identifier(friction)); //$NON-NLS-1$
            }
            for (DataAsset asset : useCase.getDataAssets()) {
                relate("Access", id, identifier(asset)); //$NON-NLS-1$
            }
            for (UseCase dependency : useCase.getDependsOn()) {
                relate("Triggering", identifier(dependency), id); //$NON-NLS-1$
            }
        }
        for (Initiative initiative : portfolio.getInitiatives()) {
            Map<String, String> properties = new LinkedHashMap<>();
            put(properties, "Owner", initiative.getOwner()); //$NON-NLS-1$
            String id = element(initiative, "WorkPackage", properties); //$NON-NLS-1$
            for (UseCase useCase : initiative.getUseCases()) {
                relate("Aggregation", id, identifier(useCase)); //$NON-NLS-1$
            }
        }
        if (portfolio.getRoadmap() != null) {
            for (Wave wave : portfolio.getRoadmap().getWaves()) {
                Map<String, String> properties = new LinkedHashMap<>();
                put(properties, "Theme", wave.getTheme()); //$NON-NLS-1$
                if (wave.getStart() != null) {
                    put(properties, "Start", wave.getStart().toString()); //$NON-NLS-1$
                }
                if (wave.getEnd() != null) {
                    put(properties, "End", wave.getEnd().toString()); //$NON-NLS-1$
                }
                String id = element(wave, "Plateau", properties); //$NON-NLS-1$
                for (UseCase useCase : wave.getUseCases()) {
                    relate("Aggregation", id, identifier(useCase)); //$NON-NLS-1$
                }
            }
        }
    }

    private void useCase(UseCase useCase) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (useCase.getStatus() != null) {
            put(properties, "Status", useCase.getStatus().getLiteral()); //$NON-NLS-1$
        }
        if (useCase.getAiPattern() != null) {
            put(properties, "AI pattern", useCase.getAiPattern().getLiteral()); //$NON-NLS-1$
        }
        put(properties, "Sponsor", useCase.getSponsor()); //$NON-NLS-1$
        put(properties, "Owner", useCase.getOwner()); //$NON-NLS-1$
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (Score score : useCase.getScores()) {
            double[] sum = scores.computeIfAbsent(score.getCriterionId(), c -> new double[2]);
            sum[0] += score.getValue();
            sum[1]++;
        }
        for (Map.Entry<String, double[]> score : scores.entrySet()) {
            // several assessors: their mean, as the scoring's default aggregation
            number(properties, "Score: " + score.getKey(), score.getValue()[0] / score.getValue()[1]); //$NON-NLS-1$
        }
        BusinessCase businessCase = useCase.getBusinessCase();
        if (businessCase != null) {
            if (businessCase.isSetOneOffCost()) {
                number(properties, "One-off cost", businessCase.getOneOffCost()); //$NON-NLS-1$
            }
            if (businessCase.isSetRunningCostPerYear()) {
                number(properties, "Running cost per year", businessCase.getRunningCostPerYear()); //$NON-NLS-1$
            }
            if (businessCase.isSetAnnualRevenueGained()) {
                number(properties, "Annual revenue gained", businessCase.getAnnualRevenueGained()); //$NON-NLS-1$
            }
            if (businessCase.isSetAnnualCostAvoided()) {
                number(properties, "Annual cost avoided", businessCase.getAnnualCostAvoided()); //$NON-NLS-1$
            }
            if (businessCase.isSetTimeToValueMonths()) {
                number(properties, "Time to value (months)", businessCase.getTimeToValueMonths()); //$NON-NLS-1$
            }
        }
        String id = element(useCase, "WorkPackage", properties); //$NON-NLS-1$
        if (businessCase != null) {
            for (Kpi kpi : businessCase.getKpis()) {
                Map<String, String> kpiProperties = new LinkedHashMap<>();
                put(kpiProperties, "Unit", kpi.getUnit()); //$NON-NLS-1$
                if (kpi.isSetBaseline()) {
                    number(kpiProperties, "Baseline", kpi.getBaseline()); //$NON-NLS-1$
                }
                if (kpi.isSetTarget()) {
                    number(kpiProperties, "Target", kpi.getTarget()); //$NON-NLS-1$
                }
                String kpiId = element(kpi, "Outcome", kpiProperties); //$NON-NLS-1$
                relate("Realization", id, kpiId); //$NON-NLS-1$
            }
        }
    }

    private void frictions(List<Friction> frictions, String whereId) {
        for (Friction friction : frictions) {
            Map<String, String> properties = new LinkedHashMap<>();
            if (friction.getSeverity() != null) {
                put(properties, "Severity", friction.getSeverity().getLiteral()); //$NON-NLS-1$
            }
            if (friction.getFrequency() != null) {
                put(properties, "Frequency", friction.getFrequency().getLiteral()); //$NON-NLS-1$
            }
            put(properties, "Drives churn", Boolean.toString(friction.isDrivesChurn())); //$NON-NLS-1$
            String id = element(friction, "Assessment", properties); //$NON-NLS-1$
            relate("Association", id, whereId); //$NON-NLS-1$
        }
    }

    private String element(NamedElement object, String type, Map<String, String> properties) {
        String id = identifier(object);
        elements.add(new Element(id, type, object.getName(), object.getDescription(), properties));
        return id;
    }

    private String role(String actor) {
        return roles.computeIfAbsent(actor, a -> {
            String id = "id-" + nameUuid("role:" + a); //$NON-NLS-1$ //$NON-NLS-2$
            elements.add(new Element(id, "BusinessRole", a, null, Map.of())); //$NON-NLS-1$
            return id;
        });
    }

    private void relate(String type, String source, String target) {
        String id = "id-" + nameUuid(type + ':' + source + ':' + target); //$NON-NLS-1$
        relationships.add(new Relationship(id, type, source, target));
    }

    private void put(Map<String, String> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value);
            definitions.computeIfAbsent(name, n -> "propid-" + (definitions.size() + 1)); //$NON-NLS-1$
            numeric.putIfAbsent(name, Boolean.FALSE);
        }
    }

    private void number(Map<String, String> properties, String name, double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        properties.put(name, text);
        definitions.computeIfAbsent(name, n -> "propid-" + (definitions.size() + 1)); //$NON-NLS-1$
        numeric.putIfAbsent(name, Boolean.TRUE);
    }

    private void emit(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
        xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        xml.writeCharacters("\n"); //$NON-NLS-1$
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "model"); //$NON-NLS-1$
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI); //$NON-NLS-1$
        xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + ' ' + SCHEMA_LOCATION); //$NON-NLS-1$
        xml.writeAttribute("identifier", identifier(portfolio)); //$NON-NLS-1$
        text(xml, 1, "name", portfolio.getName() == null ? "" : portfolio.getName()); //$NON-NLS-1$ //$NON-NLS-2$
        if (portfolio.getDescription() != null && !portfolio.getDescription().isBlank()) {
            text(xml, 1, "documentation", portfolio.getDescription()); //$NON-NLS-1$
        }
        if (!elements.isEmpty()) {
            open(xml, 1, "elements"); //$NON-NLS-1$
            for (Element element : elements) {
                open(xml, 2, "element"); //$NON-NLS-1$
                xml.writeAttribute("identifier", element.id()); //$NON-NLS-1$
                xml.writeAttribute(XSI, "type", element.type()); //$NON-NLS-1$
                text(xml, 3, "name", element.name() == null ? "" : element.name()); //$NON-NLS-1$ //$NON-NLS-2$
                if (element.documentation() != null && !element.documentation().isBlank()) {
                    text(xml, 3, "documentation", element.documentation()); //$NON-NLS-1$
                }
                if (!element.properties().isEmpty()) {
                    open(xml, 3, "properties"); //$NON-NLS-1$
                    for (Map.Entry<String, String> property : element.properties().entrySet()) {
                        open(xml, 4, "property"); //$NON-NLS-1$
                        xml.writeAttribute("propertyDefinitionRef", definitions.get(property.getKey())); //$NON-NLS-1$
                        text(xml, 5, "value", property.getValue()); //$NON-NLS-1$
                        close(xml, 4);
                    }
                    close(xml, 3);
                }
                close(xml, 2);
            }
            close(xml, 1);
        }
        if (!relationships.isEmpty()) {
            open(xml, 1, "relationships"); //$NON-NLS-1$
            for (Relationship relationship : relationships) {
                indent(xml, 2);
                xml.writeEmptyElement(NAMESPACE, "relationship"); //$NON-NLS-1$
                xml.writeAttribute("identifier", relationship.id()); //$NON-NLS-1$
                xml.writeAttribute("source", relationship.source()); //$NON-NLS-1$
                xml.writeAttribute("target", relationship.target()); //$NON-NLS-1$
                xml.writeAttribute(XSI, "type", relationship.type()); //$NON-NLS-1$
            }
            close(xml, 1);
        }
        if (!definitions.isEmpty()) {
            open(xml, 1, "propertyDefinitions"); //$NON-NLS-1$
            for (Map.Entry<String, String> definition : definitions.entrySet()) {
                open(xml, 2, "propertyDefinition"); //$NON-NLS-1$
                xml.writeAttribute("identifier", definition.getValue()); //$NON-NLS-1$
                xml.writeAttribute("type", numeric.get(definition.getKey()) ? "number" : "string"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(xml, 3, "name", definition.getKey()); //$NON-NLS-1$
                close(xml, 2);
            }
            close(xml, 1);
        }
        xml.writeCharacters("\n"); //$NON-NLS-1$
        xml.writeEndElement();
        xml.writeCharacters("\n"); //$NON-NLS-1$
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void open(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(NAMESPACE, name);
    }

    private static void close(XMLStreamWriter xml, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
