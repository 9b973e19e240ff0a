using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Model;
using DocArchive.Web.Localization;

namespace DocArchive.Web.Tests.Localization;

public sealed class FieldLabelTextTests
{
    private static readonly UiText Text = new();

    public static TheoryData<string> Fields =>
    [
        .. FieldKey.PersonFields, .. FieldKey.DocumentFields, FieldKeys.Finding,
        .. new[] { PositionRecord.TitleField, PositionRecord.CountField, PositionRecord.NationalityField, PositionRecord.LocationField, PositionRecord.UntilField }
            .Select(f => FieldKeys.Position(0, f)),
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public void FieldName_NamesEveryFieldOfTheRecord_InEachLanguage(string field)
    {
        var indonesian = InterfaceLanguage.In("id", () => Text.FieldName(field));
        var english = InterfaceLanguage.In("en", () => Text.FieldName(field));

        Assert.NotEqual(field, indonesian);
        Assert.NotEqual(field, english);
        Assert.NotEqual(indonesian, english);
    }

    [Theory]
    [InlineData("id", "dateOfBirth", "Tanggal lahir")]
    [InlineData("en", "dateOfBirth", "Date of birth")]
    [InlineData("id", "persons[1].passportNumber", "No. paspor · orang 2")]
    [InlineData("en", "persons[1].passportNumber", "Passport no. · person 2")]
    [InlineData("id", "positions[0].count", "Jabatan disetujui 1: Jumlah")]
    [InlineData("en", "positions[2].until", "Approved position 3: Period until")]
    [InlineData("en", "somethingElse", "somethingElse")]
    public void FieldLabel_NamesTheFieldAndItsPerson_WhenGivenARecordKey(string language, string key, string expected)
    {
        Assert.Equal(expected, InterfaceLanguage.In(language, () => Text.FieldLabel(key)));
    }
}
