package dev.frontline.core.records;

import dev.frontline.core.model.Ticket;
import dev.frontline.core.model.TicketEvent;
import dev.frontline.core.port.RecordStore;
import dev.frontline.core.port.TicketStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A data-access answer: everything stored about one customer, as one JSON document. */
public final class PrivacyReport {
    private final RecordStore records;
    private final TicketStore tickets;

    public PrivacyReport(RecordStore records, TicketStore tickets) {
        this.records = records;
        this.tickets = tickets;
    }

    /** Empty when nothing is stored about {@code customer}. */
    public java.util.Optional<String> json(String customer, Instant at) {
        RecordStore.CustomerRecords found = records.gather(customer);
        if (found.isEmpty()) return java.util.Optional.empty();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("customer", customer);
        doc.put("exported_at", at.toString());
        doc.put("ids", List.copyOf(found.ids()));
        doc.put("names", List.copyOf(found.names()));
        List<Object> ticketList = new ArrayList<>();
        for (long id : found.ticketIds()) tickets.find(id).ifPresent(t -> ticketList.add(ticket(t, tickets.history(id))));
        doc.put("tickets", ticketList);
        List<Object> other = new ArrayList<>();
        for (RecordStore.Mention m : found.mentions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("table", m.table());
            row.put("column", m.column());
            row.put("value", m.value());
            other.add(row);
        }
        doc.put("other_records", other);
        return java.util.Optional.of(JsonText.write(doc) + "\n");
    }

    private static Map<String, Object> ticket(Ticket t, List<TicketEvent> history) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("platform", t.platform());
        m.put("channel", t.place().channel());
        m.put("subject", t.subject());
        m.put("status", t.status().name());
        m.put("tags", List.copyOf(t.tags()));
        m.put("opened_at", t.openedAt().toString());
        m.put("resolved_at", t.resolvedAt() == null ? null : t.resolvedAt().toString());
        List<Object> events = new ArrayList<>();
        for (TicketEvent e : history) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("at", e.at().toString());
            ev.put("type", e.type().name().toLowerCase());
            ev.put("actor", e.actorId());
            ev.put("text", e.text());
            ev.put("detail", e.detail());
            events.add(ev);
        }
        m.put("events", events);
        return m;
    }
}
