package org.appeal.compose;

import com.itextpdf.html2pdf.attach.ITagWorker;
import com.itextpdf.html2pdf.attach.ProcessorContext;
import com.itextpdf.html2pdf.css.apply.ICssApplier;
import com.itextpdf.html2pdf.css.apply.ICssApplierFactory;
import com.itextpdf.html2pdf.css.apply.impl.DefaultCssApplierFactory;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.styledxmlparser.node.IElementNode;
import com.itextpdf.styledxmlparser.node.IStylesContainer;

/**
 * pdfHTML's CSS appliers, and then one more setting on every element: a justified line's slack
 * goes to the spaces between words only. iText gives a quarter of it to the spaces between letters
 * by default, which pulls the letters of an English word, and of every Hangul word, apart; no CSS
 * property reaches that setting.
 */
final class WordSpacingOnly implements ICssApplierFactory {
    /** All of the slack to word spacing (iText's default is 0.75). */
    static final float ALL_TO_WORD_SPACING = 1f;

    private final ICssApplierFactory css = DefaultCssApplierFactory.getInstance();

    @Override
    public ICssApplier getCssApplier(IElementNode tag) {
        ICssApplier applier = css.getCssApplier(tag);
        if (applier == null) {
            return null;
        }
        return (ProcessorContext context, IStylesContainer styles, ITagWorker worker) -> {
            applier.apply(context, styles, worker);
            IPropertyContainer element = worker.getElementResult();
            if (element != null) {
                element.setProperty(Property.SPACING_RATIO, ALL_TO_WORD_SPACING);
            }
        };
    }
}
