package org.ogi.web.forms;

import java.util.Map;

/**
 * The services' validation messages (Bean Validation's English defaults) in Chinese for the pages; a message
 * without a translation is shown as the service wrote it.
 */
public final class Messages {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("must not be null", "必填"),
            Map.entry("must not be blank", "不能为空"),
            Map.entry("must not be empty", "不能为空"),
            Map.entry("must be a well-formed email address", "电子邮箱格式不正确"),
            Map.entry("must be a phone number", "电话号码格式不正确"),
            Map.entry("must not contain control characters", "不能包含控制字符"),
            Map.entry("must not be blank or contain control characters", "不能为空，且不能包含控制字符"),
            Map.entry("cannot be read as the expected type", "格式不正确"),
            Map.entry("must be 1-16 letters or digits", "须为1至16位字母或数字"));

    private Messages() {}

    public static String zh(String message) {
        if (message == null || message.isBlank()) {
            return "不正确";
        }
        if (message.startsWith("size must be between")) {
            return "长度超出范围（"
                    + message.substring("size must be between".length()).strip() + "）";
        }
        return ZH.getOrDefault(message, message);
    }
}
