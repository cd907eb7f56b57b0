package pe.rutas.ui;

import java.util.List;
import java.util.Optional;
import pe.rutas.model.FeatureRef;

/** Three features and two sources, enough to drive the panels in tests. */
final class FakeData implements ExplorerData {
    static final FeatureRef PUNO = FeatureRef.department("PE-PUN");
    static final FeatureRef RINCONADA = FeatureRef.hotspot("la-rinconada");
    static final FeatureRef IQUITOS = FeatureRef.place("iquitos");
    private final I18n i18n;

    FakeData(I18n i18n) { this.i18n = i18n; }

    @Override
    public List<SearchEntry> searchEntries() {
        return List.of(new SearchEntry(PUNO, "Puno", "Puno"),
                new SearchEntry(RINCONADA, "La Rinconada", "La Rinconada"),
                new SearchEntry(IQUITOS, "Iquitos", "Iquitos"));
    }

    @Override
    public String name(FeatureRef ref) {
        return searchEntries().stream().filter(e -> e.ref().equals(ref)).map(SearchEntry::name).findFirst().orElse(ref.id());
    }

    @Override
    public Optional<DetailCard> card(FeatureRef ref) {
        if (!ref.equals(RINCONADA)) {
            return Optional.of(new DetailCard(ref, name(ref), "", i18n.get("kind.department"), List.of(), List.of(),
                    List.of(), List.of(), List.of()));
        }
        CardCitation c = new CardCitation("infosurhoy-2013", "Peru: Human-trafficking groups target women", "Mining paragraph",
                "", "2013", "2013", "2012", "http://example.org/a", "as printed", List.of(new CardCitation.Link("Public Prosecutor's Observatory", "", "")));
        CardCitation bad = new CardCitation("x", "Bad link source", "", "", "", "", "", "file:///etc/passwd", "", List.of());
        return Optional.of(new DetailCard(ref, "La Rinconada", "", i18n.get("kind.hotspot") + " · mining",
                List.of(new DetailCard.Fact(i18n.get("card.department"), "Puno")),
                List.of(new DetailCard.Figure("Victims", "1,000 people", "2012", "Infosurhoy, mining paragraph", "")),
                List.of(c, bad), List.of(), List.of("A gold-mining town at high altitude.")));
    }

    @Override
    public List<SourceItem> sources() {
        return List.of(new SourceItem("infosurhoy-2013", "Peru: Human-trafficking groups target women",
                i18n.get("source.kind.seed"), "Infosurhoy · 2013", "", "",
                List.of(new SourceItem.Citer(RINCONADA, "La Rinconada"), new SourceItem.Citer(IQUITOS, "Iquitos")), List.of()));
    }

    @Override
    public List<TableChoice> tables() {
        return List.of(new TableChoice("complaints", "Complaints by department", "2009–2010", "PUCP"));
    }
}
