package dev.frontline.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.frontline.core.model.Action;
import dev.frontline.core.model.Inbound;
import dev.frontline.core.port.Interaction;

/**
 * How inbound events and outgoing actions are stored in the inbox and outbox: JSON with a
 * {@code type} field naming the kind. The core's records stay free of JSON annotations; the
 * mapping lives here, as mix-ins.
 */
final class WireFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // isThread(), isZero() … are helpers, not stored fields.
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addMixIn(Inbound.class, InboundKinds.class)
            .addMixIn(Action.class, ActionKinds.class);

    private WireFormat() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Inbound.Message.class, name = "message"),
            @JsonSubTypes.Type(value = Inbound.Command.class, name = "command"),
            @JsonSubTypes.Type(value = Inbound.Click.class, name = "click"),
            @JsonSubTypes.Type(value = Inbound.FormSubmit.class, name = "form")})
    private interface InboundKinds {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Action.Reply.class, name = "reply"),
            @JsonSubTypes.Type(value = Action.StaffNote.class, name = "note"),
            @JsonSubTypes.Type(value = Action.PrivateReply.class, name = "private"),
            @JsonSubTypes.Type(value = Action.PostCard.class, name = "card"),
            @JsonSubTypes.Type(value = Action.UpdateCard.class, name = "card_update"),
            @JsonSubTypes.Type(value = Action.OpenForm.class, name = "form"),
            @JsonSubTypes.Type(value = Action.StartThread.class, name = "thread"),
            @JsonSubTypes.Type(value = Action.UploadFile.class, name = "file")})
    private interface ActionKinds {}

    static String write(Object value) {
        try {
            return JSON.writerFor(value instanceof Inbound ? Inbound.class : value instanceof Action ? Action.class : value.getClass())
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot store " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static String interaction(Interaction i) {
        return i == null ? null : write(i);
    }

    static Interaction interaction(String json) {
        return json == null ? null : read(json, Interaction.class);
    }
}
