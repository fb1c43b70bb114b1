// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.properties.PropertyValues;
import dev.cartograph.model.properties.PropertyValues.Problem;

/** The portfolio's own properties read headless: definitions that apply, values, type checks and order. */
class PropertyValuesTest {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private final Portfolio portfolio = FACTORY.createPortfolio();
    private final PropertyDefinition cost = define("cost", PropertyType.NUMBER, "UseCase");
    private final PropertyDefinition risk = define("risk", PropertyType.CHOICE, "UseCase");
    private final PropertyDefinition owner = define("owner", PropertyType.TEXT, "Workflow");
    private final PropertyDefinition tag = define("tag", PropertyType.TEXT);

    PropertyValuesTest() {
        risk.getChoices().addAll(List.of("minimal", "limited", "high"));
        risk.setNameFr("Classe de risque");
        risk.setName("Risk class");
    }

    @Test
    void definitionsApplyToTheKindsTheyNameOrToAll() {
        assertEquals(List.of(cost, risk, tag), PropertyValues.applicableTo(portfolio, CartographPackage.Literals.USE_CASE));
        assertEquals(List.of(owner, tag), PropertyValues.applicableTo(portfolio, CartographPackage.Literals.WORKFLOW));
        // a kind names its super types too: NamedElement applies to everything named
        PropertyDefinition named = define("named", PropertyType.TEXT, "NamedElement");
        assertTrue(PropertyValues.appliesTo(named, CartographPackage.Literals.JOURNEY_STAGE));
        assertEquals(Optional.of(risk), PropertyValues.definition(portfolio, "risk"));
        assertEquals(Optional.empty(), PropertyValues.definition(portfolio, "nope"));
    }

    @Test
    void anElementsValueIsReadByKey() {
        UseCase useCase = FACTORY.createUseCase();
        useCase.getProperties().add(value("cost", "1200.5"));
        useCase.getProperties().add(value("risk", "high"));
        assertEquals("1200.5", PropertyValues.get(useCase, "cost"));
        assertEquals("high", PropertyValues.get(useCase, "risk"));
        assertNull(PropertyValues.get(useCase, "tag"));
    }

    @Test
    void valuesAreCheckedAgainstTheirType() {
        assertEquals(Optional.empty(), PropertyValues.check(cost, "12.5"));
        assertEquals(Optional.of(Problem.NOT_A_NUMBER), PropertyValues.check(cost, "12,5"));
        assertEquals(Optional.of(Problem.NOT_A_CHOICE), PropertyValues.check(risk, "extreme"));
        assertEquals(Optional.empty(), PropertyValues.check(risk, "limited"));
        PropertyDefinition date = define("goLive", PropertyType.DATE);
        assertEquals(Optional.empty(), PropertyValues.check(date, "2027-03-01"));
        assertEquals(Optional.of(Problem.NOT_A_DATE), PropertyValues.check(date, "01/03/2027"));
        PropertyDefinition flag = define("highImpact", PropertyType.YES_NO);
        assertEquals(Optional.empty(), PropertyValues.check(flag, "true"));
        assertEquals(Optional.of(Problem.NOT_YES_OR_NO), PropertyValues.check(flag, "yes"));
        assertEquals(Optional.empty(), PropertyValues.check(cost, ""), "no value fits");
    }

    @Test
    void valuesSortByTheirTypeAndMisfitsLast() {
        List<String> costs = new ArrayList<>(List.of("100", "9", "n/a", "25.5"));
        costs.sort((a, b) -> PropertyValues.sortKey(cost, a).compareTo(PropertyValues.sortKey(cost, b)));
        assertEquals(List.of("9", "25.5", "100", "n/a"), costs);
        List<String> risks = new ArrayList<>(List.of("high", "minimal", "limited"));
        risks.sort((a, b) -> PropertyValues.sortKey(risk, a).compareTo(PropertyValues.sortKey(risk, b)));
        assertEquals(List.of("minimal", "limited", "high"), risks, "choices in their order");
        assertNull(PropertyValues.sortKey(cost, null));
    }

    @Test
    void labelsFollowTheLanguageAndFallBackToTheKey() {
        assertEquals("Classe de risque", PropertyValues.label(risk, true));
        assertEquals("Risk class", PropertyValues.label(risk, false));
        assertEquals("cost", PropertyValues.label(cost, true));
    }

    private PropertyDefinition define(String key, PropertyType type, String... kinds) {
        PropertyDefinition definition = FACTORY.createPropertyDefinition();
        definition.setKey(key);
        definition.setType(type);
        definition.getAppliesTo().addAll(List.of(kinds));
        portfolio.getPropertyDefinitions().add(definition);
        return definition;
    }

    private static PropertyValue value(String key, String text) {
        PropertyValue value = FACTORY.createPropertyValue();
        value.setKey(key);
        value.setValue(text);
        return value;
    }
}
