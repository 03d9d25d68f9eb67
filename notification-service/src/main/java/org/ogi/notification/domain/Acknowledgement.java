package org.ogi.notification.domain;

import org.ogi.contracts.v1.RequestReceived;

/** The text of the acknowledgement an applicant receives (Chinese, as sent). */
public record Acknowledgement(String subject, String body) {

    public static Acknowledgement of(RequestReceived request) {
        String subject = "政府信息公开申请已收到（" + request.trackingNumber() + "）";
        String body = request.applicant().name() + "：您好！您提交的政府信息公开申请已于"
                + request.receivedDate() + "收到，申请编号为" + request.trackingNumber()
                + "。我们将依照《中华人民共和国政府信息公开条例》第三十三条的规定，自收到申请之日起20个工作日内予以答复；"
                + "需要延长答复期限的，将另行告知。";
        return new Acknowledgement(subject, body);
    }
}
