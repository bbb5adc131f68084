package io.grantflow.documents.web;

import io.grantflow.documents.api.DocumentView;
import io.grantflow.shared.web.Formats;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.text.NumberFormat;

/** A document's size as people read it, in the page's language: {@code {d.sizeText}} (bytes, KB or MB). */
final class DocumentFormats {

    private static final long KB = 1024;

    private DocumentFormats() {
    }

    @TemplateExtension(matchName = "sizeText")
    static String sizeIn(DocumentView d, @TemplateAttribute("locale") Object locale) {
        NumberFormat f = NumberFormat.getNumberInstance(Formats.locale(locale));
        f.setMaximumFractionDigits(1);
        if (d.size() < KB) {
            return f.format(d.size()) + " B";
        }
        if (d.size() < KB * KB) {
            return f.format(d.size() / (double) KB) + " KB";
        }
        return f.format(d.size() / (double) (KB * KB)) + " MB";
    }
}
