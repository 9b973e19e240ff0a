namespace DocArchive.Generator.Data;

/// <summary>The nationalities of foreign workers met in the offices, with their printed names and passport shapes.</summary>
internal static class Countries
{
    private static readonly string[] WesternGiven =
        ["JOHN", "MICHAEL", "DAVID", "JAMES", "ROBERT", "DANIEL", "SARAH", "EMILY", "THOMAS", "ANDREW", "MATTHEW", "JESSICA", "PETER", "LAURA"];

    private static readonly string[] WesternSurnames =
        ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "TAYLOR", "ANDERSON", "THOMPSON", "WALKER", "HARRIS", "CLARKE"];

    public static IReadOnlyList<Country> All { get; } =
    [
        new("CHN", ["Tiongkok", "RRT", "China", "P.R. China", "Chinese", "Republik Rakyat Tiongkok"], "PEOPLE'S REPUBLIC OF CHINA",
            r => r.Chance(0.6) ? "E" + r.Digits(8) : "E" + r.Letters(1) + r.Digits(7),
            ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "GAO", "LUO"],
            ["WEI", "JUN", "HAO", "LEI", "YONG", "JIE", "TAO", "MING", "QIANG", "JIANGUO", "XIAOMING", "HAITAO", "ZHIWEI", "YAN", "FANG", "XIN", "GUOQIANG", "JIANHUA", "WENBO"],
            SurnameFirst: true),
        new("TWN", ["Taiwan", "Taiwanese"], "REPUBLIC OF CHINA (TAIWAN)",
            r => "3" + r.Digits(8),
            ["CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU", "TSAI", "YANG"],
            ["CHIH MING", "YU TING", "CHIA HAO", "SHU FEN", "CHUN HUNG", "YI CHEN", "KUAN LIN"],
            SurnameFirst: true),
        new("JPN", ["Jepang", "Japan", "Japanese"], "JAPAN",
            r => "T" + r.Letters(1) + r.Digits(7),
            ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA", "KOBAYASHI", "KATO"],
            ["HIROSHI", "TAKESHI", "KENJI", "YUKI", "DAISUKE", "HARUTO", "SHOTA", "AKIRA", "KAZUKI", "NAOKI"],
            SurnameFirst: false),
        new("KOR", ["Korea Selatan", "South Korea", "Korea, Republic of", "Korea", "Korean"], "REPUBLIC OF KOREA",
            r => "M" + r.Digits(8),
            ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM"],
            ["MINJUN", "SEOYEON", "JIHOON", "DONGHYUN", "SUNGMIN", "JAEWON", "HYUNWOO", "YOUNGHO"],
            SurnameFirst: true),
        new("IND", ["India", "Indian"], "REPUBLIC OF INDIA",
            r => r.Pick(["K", "J", "M", "N", "P", "R", "S", "T", "Z"]) + r.Digits(7),
            ["KUMAR", "SHARMA", "SINGH", "PATEL", "REDDY", "GUPTA", "NAIR", "IYER", "RAO", "VERMA"],
            ["RAJESH", "SURESH", "AMIT", "VIKRAM", "ARJUN", "SANJAY", "PRADEEP", "ANIL", "RAVI", "DEEPAK"],
            SurnameFirst: false),
        new("PHL", ["Filipina", "Philippines", "Filipino"], "REPUBLIC OF THE PHILIPPINES",
            r => "P" + r.Digits(7) + r.Letters(1),
            ["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA", "DELA CRUZ", "VILLANUEVA", "RAMOS", "AQUINO"],
            ["JOSE", "MARIA", "JUAN", "MARK ANTHONY", "JOHN PAUL", "RAMON", "CRISTINA", "ROMMEL", "JERICHO", "ANGELICA"],
            SurnameFirst: false),
        new("MYS", ["Malaysia", "Malaysian"], "MALAYSIA",
            r => "A" + r.Digits(8),
            ["TAN", "LIM", "WONG", "ONG", "LEE"],
            ["CHEE KEONG", "WEI LIANG", "SIEW LING", "KAH WAI", "BOON HOCK"],
            SurnameFirst: true),
        new("USA", ["Amerika Serikat", "USA", "United States", "American"], "UNITED STATES OF AMERICA",
            r => r.Digits(9), WesternSurnames, WesternGiven, SurnameFirst: false),
        new("AUS", ["Australia", "Australian"], "AUSTRALIA",
            r => "P" + r.Letters(1) + r.Digits(7), WesternSurnames, WesternGiven, SurnameFirst: false),
        new("GBR", ["Inggris", "United Kingdom", "British", "Britania Raya"], "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
            r => r.Digits(9), WesternSurnames, WesternGiven, SurnameFirst: false),
    ];

    /// <summary>Draws a nationality with roughly the mix the offices see: mostly Chinese, then Korean, Japanese, Indian...</summary>
    public static Country Draw(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 40 => All[0],
            < 46 => All[1],
            < 54 => All[2],
            < 64 => All[3],
            < 73 => All[4],
            < 80 => All[5],
            < 86 => All[6],
            < 91 => All[7],
            < 96 => All[8],
            _ => All[9],
        };
    }
}
