// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Choosing a line of a list by typing its number or the first letters of its label. */
class TypeAheadTest {

    private static final List<String> LEVELS = List.of("1 \u2013 No visible link", "2 \u2013 Indirect benefit", //$NON-NLS-1$ //$NON-NLS-2$
            "3 \u2013 Supports one objective", "4 \u2013 Clearly advances", "5 \u2013 Central to a key objective", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "10 \u2013 Beyond"); //$NON-NLS-1$

    @Test
    void aNumberChoosesTheLevelOfThatNumberNotTheFirstThatStartsWithIt() {
        assertEquals(3, TypeAhead.find(LEVELS, "4")); //$NON-NLS-1$
        assertEquals(5, TypeAhead.find(LEVELS, "10")); //$NON-NLS-1$
        assertEquals(0, TypeAhead.find(LEVELS, "1")); //$NON-NLS-1$
    }

    @Test
    void lettersChooseByLabelIgnoringCaseAndAccents() {
        assertEquals(4, TypeAhead.find(LEVELS, "CE")); //$NON-NLS-1$
        assertEquals(1, TypeAhead.find(LEVELS, "ind")); //$NON-NLS-1$
        assertEquals(0, TypeAhead.find(List.of("\u00c9lev\u00e9", "Faible"), "ele")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(-1, TypeAhead.find(LEVELS, "zz")); //$NON-NLS-1$
        assertEquals(-1, TypeAhead.find(LEVELS, "")); //$NON-NLS-1$
    }

    @Test
    void keysInQuickSuccessionFormOneTextAndAPauseStartsAnother() {
        TypeAhead typing = new TypeAhead();
        assertEquals(0, typing.type('1', 0, LEVELS));
        assertEquals(5, typing.type('0', 200, LEVELS), "1 then 0: level 10");
        assertEquals(0, typing.type('1', 200 + TypeAhead.PAUSE_MILLIS + 1, LEVELS), "after a pause: level 1 again");
        assertEquals(3, typing.type('4', 2_000 + 2 * TypeAhead.PAUSE_MILLIS, LEVELS));
        assertEquals(1, typing.type('2', 2_100 + 2 * TypeAhead.PAUSE_MILLIS, LEVELS),
                "42 names nothing: the 2 alone chooses");
        assertEquals("2", typing.typed()); //$NON-NLS-1$
    }

    @Test
    void onlyTextKeysType() {
        assertTrue(TypeAhead.isTyping('a', 0));
        assertTrue(TypeAhead.isTyping('4', SWT.SHIFT));
        assertFalse(TypeAhead.isTyping('z', SWT.CTRL), "Ctrl+Z is Undo, not typing");
        assertFalse(TypeAhead.isTyping('\r', 0));
        assertFalse(TypeAhead.isTyping((char) 27, 0));
    }

    @Test
    void typingInAnEnumerationsListChoosesTheValueItNames() {
        Shell shell = new Shell(Display.getDefault());
        try {
            List<Object> values = Arrays.asList(null, "LOW", "MEDIUM", "HIGH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ChoiceCellEditor editor = new ChoiceCellEditor(shell, values, new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return element == null ? "" : element.toString().charAt(0) + element.toString().substring(1).toLowerCase(); //$NON-NLS-1$
                }
            });
            editor.setValue("LOW"); //$NON-NLS-1$
            CCombo combo = (CCombo) editor.getControl();

            key(combo, 'h');
            assertEquals("HIGH", editor.getValue(), "h chose High"); //$NON-NLS-1$
            assertEquals("High", combo.getText()); //$NON-NLS-1$

            key(combo, 'm');
            assertEquals("MEDIUM", editor.getValue(), "hm names nothing: m chose Medium"); //$NON-NLS-1$
        } finally {
            shell.dispose();
        }
    }

    private static void key(CCombo combo, char character) {
        Event down = new Event();
        down.character = character;
        down.keyCode = character;
        combo.notifyListeners(SWT.KeyDown, down);
    }
}
