namespace DocArchive.Generator;

/// <summary>
/// Which layouts and fonts a document is drawn from. <see cref="Development"/> is everything the extraction was tuned on;
/// <see cref="HeldOut"/> is one layout variant per document type and one font that it never saw: permits with dotted
/// leaders (<c>Nama ........ : ZHANG WEI</c>), field reports and RPTKA tables with their columns in another order (an
/// RPTKA period as <c>DATE s/d DATE</c>), minutes naming the foreigner with <c>bernama</c>, passport pages with each
/// caption beside its value, all in Liberation Sans Narrow.
/// </summary>
public enum LayoutSet
{
    Development,
    HeldOut,
}
