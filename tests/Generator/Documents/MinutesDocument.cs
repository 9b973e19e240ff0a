using DocArchive.Generator.Data;
using DocArchive.Generator.Text;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Generator.Documents;

/// <summary>
/// NOTULEN RAPAT of a coordination meeting: day and date, place, chair, participants, agenda, and conclusions in
/// sentences that name a company and a foreigner (<c>izinnya berakhir pada DATE</c>; held out: <c>Tenaga kerja asing
/// bernama NAME ... pada COMPANY; izinnya berakhir pada DATE</c>).
/// </summary>
internal static class MinutesDocument
{
    public static DocumentContent Compose(Random random, LayoutSet layouts, Company company)
    {
        var style = DocumentStyle.Draw(random, layouts);
        var page = style.NewComposer();
        var held = random.Date(new DateOnly(2022, 1, 1), new DateOnly(2025, 10, 31));
        var (place, _) = random.Pick(Places.Districts);
        var room = $"{random.Pick(Places.MeetingRooms)} {place}";
        var employer = company.InSentence(random);

        page.Centered("NOTULEN RAPAT", bold: true, page.Size + 3);
        page.Centered($"RAPAT KOORDINASI TIM PENGAWASAN ORANG ASING {place.ToUpperInvariant()}", bold: true);
        page.Rule();
        page.Space(page.Size);
        var date = random.Chance(0.7) ? DateStyles.IndonesianLong(random, held) : DateStyles.Any(random, held);
        page.KeyValue("Hari/Tanggal", $"{DateStyles.Weekday(held)}, {date}", style.KeyValue, style.ValueColumn);
        page.KeyValue("Waktu", $"{random.Next(8, 14):00}.00 WIB s.d. selesai", style.KeyValue, style.ValueColumn);
        page.KeyValue("Tempat", room, style.KeyValue, style.ValueColumn);
        page.KeyValue("Pimpinan Rapat", "Kepala Badan Kesatuan Bangsa dan Politik", style.KeyValue, style.ValueColumn);
        page.Line("Peserta :");
        var agencies = Places.Agencies.Skip(random.Next(3)).Take(random.Next(3, 6)).ToList();
        for (var i = 0; i < agencies.Count; i++)
        {
            page.Line($"{i + 1}. {agencies[i]} {place}", 80);
        }

        page.KeyValue("Agenda", "Pembahasan keberadaan dan kegiatan tenaga kerja asing", style.KeyValue, style.ValueColumn);
        page.Space(page.Size * 0.5);
        page.Line("Hasil Rapat / Kesimpulan:", bold: true);

        var persons = new List<PersonRecord>();
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            var worker = PersonFactory.Draw(random);
            var name = PrintedName.Draw(random, worker);
            var position = random.Pick(Positions.All);
            var expiry = held.AddDays(random.Next(-120, 400));
            var withPassport = random.Chance(0.6);
            var withNationality = random.Chance(0.8);
            var nationality = withNationality ? $", warga negara {random.Pick(worker.Country.PrintedNames)}" : string.Empty;
            var passport = withPassport ? $", pemegang paspor nomor {worker.PassportNumber}" : string.Empty;
            var sentence = layouts == LayoutSet.HeldOut
                ? $"Tenaga kerja asing bernama {name.Printed}{nationality}{passport}, bekerja sebagai {position} pada {employer}; " +
                  $"izinnya berakhir pada {DateStyles.Any(random, expiry)} dan wajib segera diperpanjang."
                : random.Chance(0.5)
                ? $"{employer} diminta melengkapi dokumen RPTKA untuk tenaga kerja asing atas nama {name.Printed}{nationality}{passport} " +
                  $"yang bekerja sebagai {position}, karena izinnya berakhir pada {DateStyles.Any(random, expiry)}."
                : $"Saudara {name.Printed}{nationality}{passport} yang dipekerjakan oleh {employer} sebagai {position} " +
                  $"wajib melapor ke Kantor Imigrasi karena izinnya berakhir pada {DateStyles.Any(random, expiry)}.";
            page.Paragraph($"{i + 1}. {sentence}", 80);
            persons.Add(new PersonRecord
            {
                Name = name.Truth,
                PassportNumber = withPassport ? worker.PassportNumber : null,
                Nationality = withNationality ? worker.Country.Code : null,
                Position = position,
                ExpiryDate = expiry,
                Employer = employer,
            });
        }

        page.Paragraph($"{count + 1}. Tim akan melakukan pemantauan lanjutan ke lokasi kerja dalam waktu satu bulan.", 80);
        Officials.Sign(page, random, "Notulis", place.Replace("Kabupaten ", string.Empty, StringComparison.Ordinal), date: null);

        var truth = new ExtractionRecord
        {
            DocumentType = DocumentTypes.Minutes,
            DocumentTypeConfidence = 1,
            DocumentDate = held,
            Employer = employer,
            Location = room,
            Persons = persons,
        };
        return new DocumentContent(page.Finish(), truth);
    }
}
