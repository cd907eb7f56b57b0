package pe.rutas.ui;

import javafx.geometry.Insets;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import pe.rutas.model.FeatureRef;

/**
 * The card of the selected feature: names, kind, facts, key figures, route legs, citations
 * with their age and cited-by chain, editorial notes, and the Zoom to / Copy citation / Open
 * source buttons. Rebuilt whenever the view-model's card changes (selection or language).
 */
public final class DetailsPane extends ScrollPane {
    private final DetailsViewModel model;
    private final I18n i18n;
    private final MapControl map;
    private final VBox body = new VBox();
    private final Label status = Controls.label("", "card-status");

    private final ExplorerData data;
    private final javafx.beans.property.DoubleProperty viewportWidth = new javafx.beans.property.SimpleDoubleProperty(300);

    public DetailsPane(DetailsViewModel model, I18n i18n, MapControl map, ExplorerData data) {
        this.model = model;
        this.data = data;
        this.i18n = i18n;
        this.map = map;
        setId("details");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("card");
        body.setPadding(new Insets(8));
        setContent(body);
        viewportBoundsProperty().addListener((obs, old, b) -> viewportWidth.set(b.getWidth()));
        status.textProperty().bind(model.statusProperty());
        status.setId("details-status");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        model.cardProperty().addListener((obs, old, now) -> rebuild());
        i18n.bundleProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        body.getChildren().clear();
        DetailCard card = model.cardProperty().get();
        if (card == null) {
            Label empty = Controls.label(i18n.get("details.empty"), "card-empty");
            empty.setId("details-empty");
            body.getChildren().add(empty);
            overview();
            return;
        }
        Label title = Controls.label(card.title(), "card-title");
        title.setId("details-title");
        body.getChildren().add(title);
        String sub = card.otherName().isBlank() ? card.kindLabel() : card.otherName() + " · " + card.kindLabel();
        body.getChildren().add(Controls.label(sub, "card-subtitle"));
        Button zoom = Controls.staticButton(i18n.get("details.zoomTo"), i18n.get("details.zoomTo.tip"),
                () -> map.zoomTo(card.ref()));
        zoom.setId("details-zoom");
        body.getChildren().addAll(zoom, status);
        for (DetailCard.Fact f : card.facts()) {
            body.getChildren().add(Controls.label(f.label() + ": " + f.value(), "card-fact"));
        }
        figures(card);
        segments(card);
        citations(card);
        if (!card.notes().isEmpty()) {
            body.getChildren().add(heading("details.notes"));
            card.notes().forEach(n -> body.getChildren().add(Controls.label("• " + n, "card-note")));
        }
    }

    /** With nothing selected: the routes and hotspots as links, a way in for a first visit. */
    private void overview() {
        for (FeatureRef.Kind kind : new FeatureRef.Kind[] {FeatureRef.Kind.ROUTE, FeatureRef.Kind.HOTSPOT, FeatureRef.Kind.FLOW}) {
            List<SearchEntry> entries = data.searchEntries().stream().filter(e -> e.ref().kind() == kind).toList();
            if (entries.isEmpty()) continue;
            body.getChildren().add(heading("details.overview." + kind.name().toLowerCase(java.util.Locale.ROOT), entries.size()));
            FlowPane links = new FlowPane(4, 2);
            links.getStyleClass().add("overview-links");
            // The panel's width governs: a FlowPane's minimum is otherwise its widest child.
            links.setMinWidth(0);
            links.prefWrapLengthProperty().bind(viewportWidth.subtract(24));
            for (SearchEntry e : entries) {
                Hyperlink link = new Hyperlink(data.name(e.ref()));
                link.setOnAction(a -> {
                    model.selection().select(e.ref());
                    map.zoomTo(e.ref());
                });
                link.setAccessibleText(data.name(e.ref()));
                // Long names wrap inside the panel instead of widening it past the window.
                link.setWrapText(true);
                link.setMinWidth(0);
                link.maxWidthProperty().bind(viewportWidth.subtract(24));
                links.getChildren().add(link);
            }
            body.getChildren().add(links);
        }
    }

    private void figures(DetailCard card) {
        if (card.figures().isEmpty()) return;
        body.getChildren().add(heading("details.figures"));
        for (DetailCard.Figure f : card.figures()) {
            VBox box = new VBox(Controls.label(f.label() + ": " + f.value(), "figure-value"));
            box.getStyleClass().add("figure");
            if (!f.period().isBlank()) box.getChildren().add(Controls.label(i18n.get("details.period", f.period()), "figure-period"));
            if (!f.source().isBlank()) box.getChildren().add(Controls.label(f.source(), "figure-source"));
            if (!f.note().isBlank()) box.getChildren().add(Controls.label(f.note(), "figure-note"));
            body.getChildren().add(box);
        }
    }

    private void segments(DetailCard card) {
        if (card.segments().isEmpty()) return;
        body.getChildren().add(heading("details.segments"));
        for (DetailCard.Segment s : card.segments()) {
            String basis = i18n.get(s.documented() ? "segment.documented" : "segment.schematic");
            Label l = Controls.label(s.from() + " → " + s.to() + " · " + basis,
                    "segment", s.documented() ? "segment-documented" : "segment-schematic");
            body.getChildren().add(l);
            if (!s.note().isBlank()) body.getChildren().add(Controls.label(s.note(), "segment-note"));
        }
    }

    private void citations(DetailCard card) {
        body.getChildren().add(heading("details.citations", card.citations().size()));
        if (card.citations().isEmpty()) body.getChildren().add(Controls.label(i18n.get("details.noCitations"), "card-empty"));
        int i = 0;
        for (CardCitation c : card.citations()) {
            VBox box = new VBox();
            box.getStyleClass().add("citation");
            box.setId("citation-" + i++);
            box.getChildren().add(Controls.label(c.sourceTitle(), "citation-title"));
            box.getChildren().add(Controls.label(model.age(c), "citation-age"));
            if (!c.locator().isBlank()) box.getChildren().add(Controls.label(c.locator(), "citation-locator"));
            if (!c.note().isBlank()) box.getChildren().add(Controls.label(c.note(), "citation-note"));
            for (CardCitation.Link link : c.chain()) {
                box.getChildren().add(Controls.label(i18n.get("details.citedFrom", link.text()), "citation-chain"));
                if (!link.url().isBlank()) box.getChildren().add(urlLine(link.url(), link.urlNote()));
            }
            if (!c.url().isBlank()) box.getChildren().add(urlLine(c.url(), c.urlNote()));
            Button copy = Controls.staticButton(i18n.get("details.copy"), i18n.get("details.copy.tip"), () -> copy(c));
            box.getChildren().add(new FlowPane(6, 6, copy));
            body.getChildren().add(box);
        }
    }

    /** The URL as text (so the reader sees where it leads) with its Open source button. */
    private javafx.scene.Node urlLine(String url, String urlNote) {
        Label text = Controls.label(urlNote.isBlank() ? url : url + " (" + urlNote + ")", "citation-url");
        Button open = Controls.staticButton(i18n.get("details.open"), i18n.get("details.open.tip", url), () -> model.open(url));
        VBox line = new VBox(2, text, open);
        line.getStyleClass().add("citation-link");
        return line;
    }

    private void copy(CardCitation c) {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.plainText(c));
        Clipboard.getSystemClipboard().setContent(content);
        model.copied(c);
    }

    private Label heading(String key, Object... args) {
        return Controls.label(i18n.get(key, args), "card-heading");
    }
}
