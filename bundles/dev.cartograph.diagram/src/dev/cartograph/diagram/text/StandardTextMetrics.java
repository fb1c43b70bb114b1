// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.text;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.diagram.render.FontSpec;

/**
 * {@link TextMetrics} from fixed advance widths: DejaVu Sans and DejaVu Sans Bold (units per
 * 1000 em) for U+0020 to U+024F, a full em for wide East Asian characters and pictographs, and
 * an average width for the rest. Deterministic on every machine.
 */
final class StandardTextMetrics implements TextMetrics {

    static final StandardTextMetrics INSTANCE = new StandardTextMetrics();

    private static final int FIRST = 0x20;
    private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$
    private static final double ASCENT = 0.928;
    private static final double LINE_HEIGHT = 1.2;

    private static final short[] REGULAR = {
            318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
            636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
            1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
            603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
            500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
            635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 361, 1000, 500,
            500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969, 531,
            684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295,
            775, 748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630,
            613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278,
            612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592,
            684, 613, 684, 613, 684, 613, 698, 550, 698, 550, 698, 550, 698, 550, 770, 635,
            775, 635, 632, 615, 632, 615, 632, 615, 632, 615, 632, 615, 775, 635, 775, 635,
            775, 635, 775, 635, 752, 634, 916, 695, 295, 278, 295, 278, 295, 278, 295, 278,
            295, 278, 590, 556, 295, 278, 656, 579, 579, 557, 278, 557, 278, 557, 375, 557,
            342, 562, 284, 748, 634, 748, 634, 748, 634, 813, 748, 634, 787, 612, 787, 612,
            787, 612, 1070, 1023, 695, 411, 695, 411, 695, 411, 635, 521, 635, 521, 635, 521,
            635, 521, 611, 392, 611, 392, 611, 392, 732, 634, 732, 634, 732, 634, 732, 634,
            732, 634, 732, 634, 989, 818, 611, 592, 611, 685, 525, 685, 525, 685, 525, 352,
            635, 735, 686, 635, 686, 635, 703, 698, 550, 775, 819, 686, 635, 611, 632, 787,
            614, 575, 352, 775, 686, 984, 354, 295, 746, 579, 278, 592, 974, 748, 634, 787,
            913, 612, 948, 759, 652, 635, 695, 635, 521, 632, 336, 392, 611, 392, 611, 858,
            634, 764, 721, 744, 730, 685, 525, 666, 666, 578, 525, 636, 666, 577, 510, 635,
            295, 492, 459, 295, 1422, 1299, 1154, 835, 787, 457, 931, 924, 797, 684, 613, 295,
            278, 787, 612, 732, 634, 732, 634, 732, 634, 732, 634, 732, 634, 615, 684, 613,
            684, 613, 974, 982, 775, 635, 775, 635, 656, 579, 787, 612, 787, 612, 666, 578,
            278, 1422, 1299, 1154, 775, 635, 1113, 682, 748, 634, 684, 613, 974, 982, 787, 612,
            684, 613, 684, 613, 632, 615, 632, 615, 295, 278, 295, 278, 787, 612, 787, 612,
            695, 411, 695, 411, 732, 634, 732, 634, 635, 521, 611, 392, 627, 521, 752, 634,
            735, 838, 698, 610, 685, 525, 684, 613, 632, 615, 787, 612, 787, 612, 787, 612,
            787, 612, 611, 592, 475, 843, 477, 278, 998, 998, 684, 698, 550, 557, 611, 521,
            525, 603, 479, 686, 732, 684, 632, 615, 295, 278, 781, 635, 695, 411, 611, 592,
    };

    private static final short[] BOLD = {
            348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
            696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
            1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
            733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
            500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
            716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            348, 456, 696, 696, 636, 696, 365, 500, 500, 1000, 564, 646, 838, 415, 1000, 500,
            500, 838, 438, 438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035, 1035, 580,
            774, 774, 774, 774, 774, 774, 1085, 734, 683, 683, 683, 683, 372, 372, 372, 372,
            838, 837, 850, 850, 850, 850, 850, 838, 850, 812, 812, 812, 812, 724, 738, 719,
            675, 675, 675, 675, 675, 675, 1048, 593, 678, 678, 678, 678, 343, 343, 343, 343,
            687, 712, 687, 687, 687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716, 652,
            774, 675, 774, 675, 774, 675, 734, 593, 734, 593, 734, 593, 734, 593, 830, 716,
            838, 716, 683, 678, 683, 678, 683, 678, 683, 678, 683, 678, 821, 716, 821, 716,
            821, 716, 821, 716, 837, 712, 974, 790, 372, 343, 372, 343, 372, 343, 372, 343,
            372, 343, 744, 686, 372, 343, 775, 665, 665, 637, 343, 637, 343, 637, 480, 637,
            557, 642, 371, 837, 712, 837, 712, 837, 712, 983, 837, 712, 850, 687, 850, 687,
            850, 687, 1167, 1094, 770, 493, 770, 493, 770, 493, 720, 595, 720, 595, 720, 595,
            720, 595, 682, 478, 682, 478, 682, 478, 812, 712, 812, 712, 812, 712, 812, 712,
            812, 712, 812, 712, 1103, 924, 724, 652, 724, 725, 582, 725, 582, 725, 582, 435,
            716, 811, 762, 716, 762, 716, 734, 734, 593, 838, 879, 757, 716, 688, 683, 849,
            696, 683, 435, 821, 792, 1045, 436, 389, 775, 665, 360, 592, 1042, 837, 712, 850,
            874, 687, 1083, 912, 782, 716, 770, 720, 595, 683, 552, 478, 707, 478, 682, 835,
            712, 850, 813, 797, 778, 725, 582, 772, 772, 641, 582, 696, 772, 641, 573, 716,
            372, 659, 544, 372, 1555, 1412, 1298, 1009, 980, 686, 1209, 1180, 1055, 774, 675, 372,
            343, 850, 687, 812, 712, 812, 712, 812, 712, 812, 712, 812, 712, 678, 774, 675,
            774, 675, 1085, 1048, 821, 716, 821, 716, 775, 665, 850, 687, 850, 687, 772, 582,
            343, 1555, 1412, 1298, 821, 716, 1289, 787, 837, 712, 774, 675, 1085, 1048, 850, 687,
            774, 675, 774, 675, 683, 678, 683, 678, 372, 343, 372, 343, 850, 687, 850, 687,
            770, 493, 770, 493, 812, 712, 812, 712, 720, 595, 682, 478, 690, 607, 837, 712,
            837, 865, 809, 659, 725, 582, 774, 675, 683, 678, 850, 687, 850, 687, 850, 687,
            850, 687, 724, 652, 492, 867, 512, 343, 1088, 1088, 774, 734, 593, 637, 682, 595,
            582, 782, 614, 762, 812, 774, 683, 678, 372, 343, 860, 791, 770, 493, 724, 652,
    };

    private StandardTextMetrics() {
    }

    @Override
    public double width(String text, FontSpec font) {
        double units = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            units += advance(cp, font.bold());
            i += Character.charCount(cp);
        }
        return units * font.size() / 1000;
    }

    private static int advance(int cp, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        int index = cp - FIRST;
        if (index >= 0 && index < table.length && table[index] > 0) {
            return table[index];
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) {
            return 0;
        }
        if (isWide(cp)) {
            return 1000;
        }
        return bold ? 690 : 620;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x2600 && cp <= 0x27BF);
    }

    @Override
    public double lineHeight(FontSpec font) {
        return font.size() * LINE_HEIGHT;
    }

    @Override
    public double ascent(FontSpec font) {
        return font.size() * ASCENT;
    }

    @Override
    public List<String> wrap(String text, FontSpec font, double maxWidth, int maxLines) {
        int limit = Math.max(1, maxLines);
        List<String> lines = new ArrayList<>();
        String[] paragraphs = (text == null ? "" : text).split("\\R", -1); //$NON-NLS-1$ //$NON-NLS-2$
        boolean cut = false;
        for (int p = 0; p < paragraphs.length && !cut; p++) {
            cut = wrapParagraph(paragraphs[p].strip(), font, maxWidth, limit, lines) || (lines.size() >= limit && p < paragraphs.length - 1);
        }
        if (cut) {
            String last = lines.get(limit - 1);
            lines.set(limit - 1, withEllipsis(last, font, maxWidth));
        }
        return List.copyOf(lines.subList(0, Math.min(limit, lines.size())));
    }

    /** @return whether the paragraph did not fit in the lines left */
    private boolean wrapParagraph(String paragraph, FontSpec font, double maxWidth, int limit, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) { //$NON-NLS-1$
            String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                if (!add(lines, line.toString(), limit)) {
                    return true;
                }
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
                int end = fitting(rest, font, maxWidth);
                if (!add(lines, rest.substring(0, end), limit)) {
                    return true;
                }
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        return !add(lines, line.toString(), limit);
    }

    private static boolean add(List<String> lines, String line, int limit) {
        if (lines.size() >= limit) {
            lines.add(line);
            return false;
        }
        lines.add(line);
        return true;
    }

    /** @return the end index of the longest prefix (at least one code point) that fits */
    private int fitting(String text, FontSpec font, double maxWidth) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), font) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private String withEllipsis(String line, FontSpec font, double maxWidth) {
        String text = line.stripTrailing();
        while (!text.isEmpty() && width(text + ELLIPSIS, font) > maxWidth) {
            text = text.substring(0, text.offsetByCodePoints(text.length(), -1)).stripTrailing();
        }
        return text + ELLIPSIS;
    }
}
