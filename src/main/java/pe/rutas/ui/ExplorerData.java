package pe.rutas.ui;

import java.util.List;
import java.util.Optional;
import pe.rutas.model.FeatureRef;

/**
 * What the panels need to know about the loaded data, already resolved into display values.
 * Implemented over the loaded departments and catalog ({@link CatalogExplorerData}); the views
 * never touch records, files or geometry themselves. Implementations are immutable; the
 * language-dependent methods read the current {@link I18n} locale.
 */
public interface ExplorerData {

    /** Every selectable feature with its English and Spanish names. */
    List<SearchEntry> searchEntries();

    /** The display name of a feature in the current language, or its id when unknown. */
    String name(FeatureRef ref);

    /** The card for a feature, empty when the reference matches nothing loaded. */
    Optional<DetailCard> card(FeatureRef ref);

    /** Every source, with what on the map cites it. */
    List<SourceItem> sources();

    /** The statistics tables that can colour the departments. */
    List<TableChoice> tables();
}
