namespace DocArchive.Generator.Layout;

/// <summary>How a form sets a label and its value.</summary>
internal enum KeyValueStyle
{
    /// <summary><c>Nama       : ZHANG WEI</c>, colons aligned.</summary>
    AlignedColon,

    /// <summary><c>Nama: ZHANG WEI</c>.</summary>
    InlineColon,

    /// <summary><c>Nama       ZHANG WEI</c>, no colon, values aligned.</summary>
    NoColon,

    /// <summary>The label on one line, the value under it.</summary>
    NextLine,

    /// <summary><c>Nama ............ : ZHANG WEI</c>, dots from the label to the aligned colon.</summary>
    DottedLeaders,
}
