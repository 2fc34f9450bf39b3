package dev.newswatch.ingest.parse.rome;

import java.util.Date;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * A date element taken out of its parent while ROME reads the parent, so that ROME's slow date parsing never
 * sees it; {@link #restore} puts it back where it was.
 *
 * <p>Detach several elements of one parent and restore them in reverse order, so each goes back to its index.
 */
final class DetachedDate {

    private final Element parent;
    private final Element element;
    private final int index;

    private DetachedDate(Element parent, Element element, int index) {
        this.parent = parent;
        this.element = element;
        this.index = index;
    }

    /**
     * Detaches the first child {@code name} in {@code namespace} of {@code parent}, the one ROME would read.
     *
     * @return the detached element, or null when {@code parent} is null or has no such child
     */
    static DetachedDate detach(Element parent, String name, Namespace namespace) {
        Element child = parent == null ? null : parent.getChild(name, namespace);
        if (child == null) {
            return null;
        }
        int index = parent.indexOf(child);
        parent.removeContent(index);
        return new DetachedDate(parent, child, index);
    }

    /** Puts the element back at its index; harmless on null. */
    static void restore(DetachedDate detached) {
        if (detached != null) {
            detached.parent.addContent(detached.index, detached.element);
        }
    }

    /** The element's date, as ROME's {@code DateParser.parseDate} reads its text. */
    Date date(Locale locale) {
        return RssDates.parse(element.getText(), locale);
    }
}
