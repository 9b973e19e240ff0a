using DocArchive.Tools.Commands;
using UglyToad.PdfPig;

namespace DocArchive.Tools.Tests.Commands;

public sealed class BlankPagesPdfTests
{
    [Fact]
    public void Build_MakesA355KilobytePdfOfEmptyA4Pages_WhenAskedForThreeThousand()
    {
        var bytes = BlankPagesPdf.Build(3000);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(3000, pdf.NumberOfPages);
        Assert.InRange(bytes.Length / 1024, 330, 380);
        foreach (var number in new[] { 1, 1500, 3000 })
        {
            var page = pdf.GetPage(number);
            Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
            Assert.Empty(page.Letters);
            Assert.Empty(page.Operations);
        }
    }
}
