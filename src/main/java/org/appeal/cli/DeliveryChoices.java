package org.appeal.cli;

import org.appeal.domain.Delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Channel and status as typed on the command line: any case, {@code by-hand} or {@code by_hand}. */
final class DeliveryChoices {
    private DeliveryChoices() {
    }

    static Delivery.Channel channel(String typed) throws BadInput {
        return choice(typed, Delivery.Channel.class, "--channel");
    }

    static Delivery.Status status(String typed) throws BadInput {
        return choice(typed, Delivery.Status.class, "--status");
    }

    static String shown(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E choice(String typed, Class<E> type, String option) throws BadInput {
        String name = typed.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new BadInput(option + ": unknown value '" + typed + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(DeliveryChoices::shown).collect(Collectors.joining(", "))
                + ")");
    }
}
