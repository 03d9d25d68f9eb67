package org.ogi.cases.domain;

import org.ogi.law.ReplyRegime;

/** How letters name the instruments they apply (ogi-rules §0). */
final class Citation {

    /** OGI Reg 2019 (国务院令第711号). */
    static final String OGI_2019 = "《中华人民共和国政府信息公开条例》";
    /** OGI Reg 2008 (国务院令第492号), for requests received before 2019-05-15 (ogi-rules §2). */
    static final String OGI_2008 = "《中华人民共和国政府信息公开条例》（2007年国务院令第492号公布）";
    /** 国办函〔2020〕109号. */
    static final String FEE_MEASURES = "《政府信息公开信息处理费管理办法》";
    /** 2008 Art. 21(二): 「属于不予公开范围的」; the 2008 text has no narrower article for these grounds. */
    static final String NOT_OPEN_2008 = "第二十一条第（二）项";

    private Citation() {}

    /** The full citation of {@code article} (e.g. 第三十条) of the regime's Regulation; whole instruments stay as they are. */
    static String of(ReplyRegime regime, String article) {
        if (article == null || !article.startsWith("第")) {
            return article;
        }
        return (regime == ReplyRegime.OGI_2008 ? OGI_2008 : OGI_2019) + article;
    }
}
