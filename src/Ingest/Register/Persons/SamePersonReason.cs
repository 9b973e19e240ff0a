namespace DocArchive.Ingest.Register.Persons;

/// <summary>Why two persons whose passport numbers are one misread character apart may be one person.</summary>
public enum SamePersonReason
{
    /// <summary>The same name and date of birth.</summary>
    NameAndBirth,

    /// <summary>The same nationality and an employer in common.</summary>
    NationalityAndEmployer,
}
