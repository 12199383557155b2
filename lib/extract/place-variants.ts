/**
 * Ukrainian places under both their Ukrainian and their Russian transliterations (and the usual
 * English variants): "Horlivka" / "Gorlovka", "Makiivka" / "Makeyevka". Russian and Russian-state
 * dispatches write the Russian form, which the GeoNames file often lacks; every form is the same
 * Ukrainian place (guide §10: occupied Ukraine is UA). The gazetteer registers each form under the
 * entry it holds for any of them; `at` places a town the file lacks under every form
 * (lat, lon, GeoNames admin1 of its oblast: 01 Cherkasy … 05 Donetsk, 07 Kharkiv, 08 Kherson,
 * 11 Crimea, 14 Luhansk, 26 Zaporizhzhia).
 *
 * A Russian form that is also a real town in Russia ("Dzerzhinsk", "Krasnoarmeysk", "Primorsk",
 * "Volchansk") is left out: the name alone does not say which.
 */
export interface PlaceVariants {
  names: string[];
  at?: [lat: number, lon: number, admin1: string];
  /** Held by Russia since 2014 or 2022: the event is in Ukraine, but the ground is held by Russia. */
  occupied?: boolean;
}

export const UA_PLACE_VARIANTS: PlaceVariants[] = [
  // Donetsk region
  { names: ["Donetsk"], occupied: true },
  { names: ["Horlivka", "Gorlovka", "Gorlivka", "Horlovka"], occupied: true },
  { names: ["Makiyivka", "Makiivka", "Makeyevka", "Makeevka", "Makiyevka"], occupied: true },
  { names: ["Yenakiyeve", "Yenakiieve", "Yenakiyevo", "Enakievo", "Yenakievo"], occupied: true },
  { names: ["Khartsyz’k", "Khartsyzk", "Khartsyzsk"], occupied: true },
  { names: ["Debal’tseve", "Debaltseve", "Debaltsevo"], occupied: true },
  { names: ["Shakhtars’k", "Shakhtarsk", "Shakhtyorsk", "Shakhtersk"], occupied: true },
  { names: ["Snizhne", "Snezhnoye", "Snezhnoe"], occupied: true },
  { names: ["Chystiakove", "Torez"], at: [48.03, 38.6, "05"], occupied: true },
  { names: ["Ilovays’k", "Ilovaisk", "Ilovaysk"], occupied: true },
  { names: ["Amvrosiivka", "Amvrosiyivka", "Amvrosievka", "Amvrosiyevka"], at: [47.79, 38.48, "05"], occupied: true },
  { names: ["Novoazovs'k", "Novoazovsk"], occupied: true },
  { names: ["Dokuchayevs’k", "Dokuchaievsk", "Dokuchayevsk"], occupied: true },
  { names: ["Yasynuvata", "Yasinovataya", "Yasynovata"], occupied: true },
  { names: ["Mariupol", "Mariupol'"], occupied: true },
  { names: ["Volnovakha", "Volnovaha"], occupied: true },
  { names: ["Bakhmut", "Artemovsk", "Artyomovsk"] },
  { names: ["Avdiivka", "Avdiyivka", "Avdeyevka", "Avdeevka"] },
  { names: ["Maryinka", "Mar'yinka", "Marinka"] },
  { names: ["Vuhledar", "Ugledar"] },
  { names: ["Kurakhovo", "Kurakhove"] },
  { names: ["Selydove", "Selidovo"] },
  { names: ["Myrnohrad", "Mirnograd"] },
  { names: ["Kramators’k", "Kramatorsk"] },
  { names: ["Sloviansk", "Slavyansk", "Slaviansk"] },
  { names: ["Kostiantynivka", "Konstantynivka", "Kostyantynivka"], at: [48.53, 37.7, "05"] },
  { names: ["Druzhkivka", "Druzhkovka"] },
  { names: ["Chasiv Yar", "Chasov Yar"] },
  { names: ["Toretsk"] },
  { names: ["Lyman", "Krasny Liman", "Krasnyi Lyman"] },
  // Luhansk region
  { names: ["Luhansk", "Lugansk"], occupied: true },
  { names: ["Alchevs’k", "Alchevsk"], occupied: true },
  { names: ["Lysychans’k", "Lysychansk", "Lisichansk"], occupied: true },
  { names: ["Sievierodonetsk", "Severodonetsk", "Sieverodonetsk"], occupied: true },
  { names: ["Rubizhne", "Rubezhnoye", "Rubezhnoe"], occupied: true },
  { names: ["Kadiivka", "Stakhanov", "Kadiyivka"], at: [48.57, 38.65, "14"], occupied: true },
  { names: ["Brianka", "Bryanka"], at: [48.51, 38.64, "14"], occupied: true },
  { names: ["Antratsyt", "Antratsit"], occupied: true },
  { names: ["Roven’ky", "Rovenky", "Rovenki"], occupied: true },
  { names: ["Khrustalnyi", "Khrustalny", "Krasnyi Luch", "Krasny Luch"], at: [48.14, 38.93, "14"], occupied: true },
  { names: ["Sorokyne", "Krasnodon"], occupied: true },
  { names: ["Starobil’s’k", "Starobilsk", "Starobelsk"], occupied: true },
  { names: ["Svatove", "Svatovo"], occupied: true },
  { names: ["Kreminna", "Kremennaya"], occupied: true },
  { names: ["Popasna", "Popasnaya"], occupied: true },
  // Zaporizhzhia and Kherson regions
  { names: ["Zaporizhia", "Zaporizhzhia", "Zaporozhye", "Zaporizhzhya", "Zaporozhie"] },
  { names: ["Melitopol", "Melitopol'"], occupied: true },
  { names: ["Berdyansk", "Berdiansk"], occupied: true },
  { names: ["Energodar", "Enerhodar"], occupied: true },
  { names: ["Tokmak"], occupied: true },
  { names: ["Polohy", "Pologi"], occupied: true },
  { names: ["Vasylivka", "Vasilyevka"], occupied: true },
  { names: ["Prymors’k", "Prymorsk"], occupied: true },
  { names: ["Kamianka-Dniprovska", "Kamenka-Dneprovskaya"], at: [47.49, 34.4, "26"], occupied: true },
  { names: ["Orikhiv", "Orekhov"] },
  { names: ["Huliaipole", "Gulyaipole", "Hulyaipole"] },
  { names: ["Nova Kakhovka", "Novaya Kakhovka"], occupied: true },
  { names: ["Kakhovka"], occupied: true },
  { names: ["Oleshky", "Aleshki", "Tsiurupynsk"], at: [46.62, 32.71, "08"], occupied: true },
  { names: ["Hola Prystan", "Gola Pristan", "Golaya Pristan"], at: [46.52, 32.52, "08"], occupied: true },
  { names: ["Heniches’k", "Henichesk", "Genichesk"], occupied: true },
  { names: ["Skadovs’k", "Skadovsk"], occupied: true },
  { names: ["Beryslav", "Berislav"] },
  { names: ["Bilozerka", "Belozerka"] },
  // Crimea
  { names: ["Simferopol"], occupied: true },
  { names: ["Feodosiya", "Feodosia", "Feodosiia", "Theodosia"], occupied: true },
  { names: ["Yevpatoriya", "Yevpatoria", "Yevpatoriia", "Evpatoria", "Eupatoria"], occupied: true },
  { names: ["Dzhankoy", "Dzhankoi"], occupied: true },
  { names: ["Armyansk", "Armiansk"], occupied: true },
  { names: ["Kerch"], occupied: true },
  // Elsewhere: the Russian forms of cities under Ukraine's control.
  { names: ["Kharkiv", "Kharkov"] },
  { names: ["Chernihiv", "Chernigov"] },
  { names: ["Vinnytsia", "Vinnitsa", "Vinnytsya"] },
  { names: ["Zhytomyr", "Zhitomir"] },
  { names: ["Khmelnytskyi", "Khmelnitsky", "Khmelnytskyy", "Khmelnitskiy"] },
  { names: ["Kropyvnytskyi", "Kirovograd", "Kirovohrad"] },
  { names: ["Cherkasy", "Cherkassy"] },
  { names: ["Lviv", "Lvov"] },
  { names: ["Rivne", "Rovno"] },
  { names: ["Chernivtsi", "Chernovtsy"] },
  { names: ["Kryvyi Rih", "Krivoy Rog", "Kryvy Rih"] },
  { names: ["Dnipro", "Dnepr"] },
  { names: ["Kamianske", "Dniprodzerzhynsk", "Dneprodzerzhinsk"] },
  { names: ["Pavlohrad", "Pavlograd"] },
  { names: ["Marhanets’", "Marhanets", "Marganets"] },
  { names: ["Izyum", "Izium"] },
  { names: ["Kupiansk", "Kupyansk"] },
  { names: ["Balakliia", "Balakleya", "Balakliya"], at: [49.46, 36.86, "07"] },
  { names: ["Chuhuiv", "Chuguyev", "Chuhuyiv"], at: [49.84, 36.69, "07"] },
  { names: ["Vovchans’k", "Vovchansk"] },
  { names: ["Ochakiv", "Ochakov"] },
  { names: ["Izmail", "Izmayil"] },
  { names: ["Bilhorod-Dnistrovskyi", "Belgorod-Dnestrovsky", "Bilhorod-Dnistrovskyy"] },
  { names: ["Sumy"] },
  { names: ["Okhtyrka", "Akhtyrka"], at: [50.31, 34.9, "21"] },
  { names: ["Shostka"] },
];
