var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "DocArchive");
app.Run();

/// <summary>The web host's entry point, visible to the test host.</summary>
public partial class Program;
