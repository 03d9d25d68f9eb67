package org.ogi.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an applicant can be reached, from the request (Art. 29 ¶2(一) 联系方式) and their own later choice.
 *
 * @param preferred the channel the applicant chose (null: none stated)
 */
public record Contact(
        String name, String email, String phone, String address, String userId, NotificationChannel preferred) {

    /**
     * The delivering channels to try in order: the stated preference if its contact data exists, then e-mail, SMS,
     * post, as far as the data exists. Empty when only the portal inbox remains.
     */
    public List<NotificationChannel> channels() {
        List<NotificationChannel> order = new ArrayList<>();
        if (preferred != null
                && preferred != NotificationChannel.PORTAL
                && address(preferred).isPresent()) {
            order.add(preferred);
        }
        for (NotificationChannel channel :
                List.of(NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.POST)) {
            if (!order.contains(channel) && address(channel).isPresent()) {
                order.add(channel);
            }
        }
        return order;
    }

    /** The channel after {@code failed} in {@link #channels()}, if any. */
    public Optional<NotificationChannel> after(NotificationChannel failed) {
        List<NotificationChannel> order = channels();
        int at = order.indexOf(failed);
        return at >= 0 && at + 1 < order.size() ? Optional.of(order.get(at + 1)) : Optional.empty();
    }

    /** Where {@code channel} delivers: e-mail address, phone number, postal address or portal account. */
    public Optional<String> address(NotificationChannel channel) {
        String value = switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            case POST -> address;
            case PORTAL -> userId;
        };
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Contact preferring(NotificationChannel channel) {
        return new Contact(name, email, phone, address, userId, channel);
    }

    /** The request's delivery method (Art. 29 ¶2(三)) read as a channel preference: POST, EMAIL, ONLINE. */
    public static NotificationChannel preferenceOf(String deliveryMethod) {
        if (deliveryMethod == null) {
            return null;
        }
        return switch (deliveryMethod) {
            case "EMAIL" -> NotificationChannel.EMAIL;
            case "POST" -> NotificationChannel.POST;
            case "ONLINE" -> NotificationChannel.PORTAL;
            default -> null;
        };
    }
}
