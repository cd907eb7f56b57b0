package pe.rutas.model;

import java.util.List;

/**
 * One of the six internal routes that pucp-cescr-2011 lists.
 *
 * @param id           "north-coast", "north-selva", "lima", "south-selva", "south-sierra", "south-coast"
 * @param name         English name (corrected spelling)
 * @param nameEs       Spanish name
 * @param nameSource   the name exactly as the source prints it (e.g. "North Cost Route")
 * @param destinations place ids, exactly the destinations the report lists, in its order
 * @param origins      place ids or ISO 3166-2:PE codes a seed documents as origins; often empty
 * @param segments     the drawn legs, each documented or schematic
 * @param citations    where the route is described
 * @param notes        editorial notes (source quirks, what a line does and does not mean)
 */
public record Route(String id, String name, String nameEs, String nameSource, List<String> destinations,
                    List<String> origins, List<RouteSegment> segments, List<Citation> citations,
                    List<String> notes) {
    public Route {
        id = Text.orEmpty(id);
        name = Text.orEmpty(name);
        nameEs = Text.orEmpty(nameEs);
        nameSource = Text.orEmpty(nameSource);
        destinations = Text.list(destinations);
        origins = Text.list(origins);
        segments = Text.list(segments);
        citations = Text.list(citations);
        notes = Text.list(notes);
    }
}
