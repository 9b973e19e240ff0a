namespace DocArchive.Ingest.Extraction.Mrz;

/// <summary>The ICAO 9303 machine-readable zone layouts.</summary>
public enum MrzFormat
{
    /// <summary>Cards: three lines of 30.</summary>
    Td1,

    /// <summary>Cards and older documents: two lines of 36.</summary>
    Td2,

    /// <summary>Passports: two lines of 44.</summary>
    Td3,

    /// <summary>Visas, two lines of 44.</summary>
    MrvA,

    /// <summary>Visas, two lines of 36.</summary>
    MrvB,
}
