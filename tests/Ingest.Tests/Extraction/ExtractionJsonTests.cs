using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Tests.Extraction;

public class ExtractionJsonTests
{
    [Fact]
    public void Serialize_WritesCamelCaseIsoDatesAndNulls()
    {
        var record = new ExtractionRecord { DocumentType = DocumentTypes.Permit, Persons = [new PersonRecord { Name = "ZHANG WEI", DateOfBirth = new DateOnly(1985, 4, 12) }] };

        var json = ExtractionJson.Serialize(record);

        Assert.Contains("\"documentType\":\"permit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dateOfBirth\":\"1985-04-12\"", json, StringComparison.Ordinal);
        Assert.Contains("\"documentNumber\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ReadsTruthRecord_WhenOnlySomeFieldsArePresent()
    {
        var record = ExtractionJson.Deserialize("""{"documentType":"rptka","employer":"PT X","persons":[{"name":"LI MING","expiryDate":"2025-12-31"}]}""");

        Assert.Equal(DocumentTypes.Rptka, record.DocumentType);
        Assert.Equal(new DateOnly(2025, 12, 31), Assert.Single(record.Persons).ExpiryDate);
    }
}
