// Demo organisations of the fictional "Coalition for Civilian Protection".
// All names, people and addresses are invented; websites and e-mails use RFC 2606 domains only.
import type { DemoOrganization } from './types';

export const demoOrganizations: DemoOrganization[] = [
  // ───────────────────────────── Africa ─────────────────────────────
  {
    name: 'Great Lakes Early Warning Initiative',
    type: 'NGO',
    description:
      'Founded in Goma in 2008, the initiative runs a network of more than 300 trained community monitors across North and South Kivu, Burundi and south-western Uganda. Monitors report incidents and warning signs by SMS to a small analysis team, which issues weekly risk alerts to local authorities, peacekeepers and humanitarian agencies. It also trains village protection committees to plan their own responses when alerts are raised.',
    website: 'https://example.org/great-lakes-early-warning',
    contactEmail: 'info@great-lakes-early-warning.example.org',
    countries: ['CD', 'RW', 'BI', 'UG'],
    themes: ['early-warning', 'civilian-protection'],
    joined: '2010-05-12',
  },
  {
    name: 'Sahel Civilian Monitoring Network',
    type: 'NETWORK',
    description:
      "A network of 27 local associations in Mali, Burkina Faso and Niger that has monitored attacks on civilians since 2015. Member associations collect testimonies and incident data with a shared methodology, and the network's secretariat in Niamey publishes quarterly early warning bulletins. It pays particular attention to the links between drought, displacement and disputes over land and water.",
    website: 'https://example.org/sahel-civilian-monitoring',
    contactEmail: 'info@sahel-civilian-monitoring.example.org',
    countries: ['ML', 'BF', 'NE'],
    themes: ['early-warning', 'human-rights-documentation', 'climate-and-conflict'],
    joined: '2016-02-03',
  },
  {
    name: 'Eastern Africa Centre for Conflict Research',
    type: 'ACADEMIC',
    description:
      "An independent research centre based in Nairobi, established in 2004 by a group of political scientists and anthropologists from across the Horn and East Africa. It studies the drivers of intercommunal violence, from land and livestock markets to online hate speech, and runs a fellowship for early-career researchers from South Sudan and Somalia. Its field surveys feed into the coalition's regional risk assessments.",
    website: 'https://example.org/eacc-research',
    contactEmail: 'info@eacc-research.example.org',
    countries: ['KE', 'ET', 'SS', 'SO', 'SD'],
    themes: ['early-warning', 'hate-speech', 'climate-and-conflict'],
    joined: '2012-09-20',
  },
  {
    name: 'Voices of Juba Radio Collective',
    type: 'MEDIA',
    description:
      "A collective of community radio journalists that has broadcast in Juba Arabic, Dinka, Nuer and Bari since 2013. Its daily programme 'Talking Peace' checks rumours circulating in markets and on social media before they can trigger reprisals. The collective also trains young reporters in conflict-sensitive journalism in Jonglei and Upper Nile.",
    website: 'https://example.org/voices-of-juba',
    contactEmail: 'info@voices-of-juba.example.org',
    countries: ['SS'],
    themes: ['media-freedom', 'hate-speech', 'youth'],
    joined: '2018-06-14',
  },
  {
    name: 'Women Mediators of the Lake Chad Basin',
    type: 'NGO',
    description:
      "A platform of women mediators from Nigeria, Cameroon, Chad and Niger, created in 2017 after a regional dialogue in Maiduguri. Its members negotiate access to farmland and grazing routes, mediate between host communities and displaced families, and advocate for women's participation in local peace committees. It currently supports 45 mediators, many of them displaced themselves.",
    website: 'https://example.org/lake-chad-women-mediators',
    contactEmail: 'info@lake-chad-women-mediators.example.org',
    countries: ['NG', 'CM', 'TD', 'NE'],
    themes: ['women-peace-and-security', 'peacebuilding', 'refugees-and-displacement'],
    joined: '2019-03-08',
  },
  {
    name: 'Council of Faith Communities for Reconciliation',
    type: 'FAITH_BASED',
    description:
      'Brings together Catholic, Protestant and Muslim leaders in the Central African Republic and northern Cameroon to defuse religious tensions. Since 2014 it has run joint visits by imams and pastors to communities affected by reprisal killings and hosts a weekly interfaith radio programme from Bangui. Its local committees report inflammatory sermons and leaflets to a coalition hate speech monitor.',
    website: 'https://example.org/faith-reconciliation-council',
    contactEmail: 'info@faith-reconciliation-council.example.org',
    countries: ['CF', 'CM'],
    themes: ['peacebuilding', 'hate-speech'],
    joined: '2015-11-23',
  },
  {
    name: 'Kivu Documentation Project',
    type: 'NGO',
    status: 'LAPSED',
    description:
      'A documentation group set up in Bukavu in 2011 by lawyers and former journalists to record massacres and sexual violence in South Kivu. It built a secure archive of more than 4,000 testimonies and supported several trials before military courts. Its activities have been scaled down since 2023 for lack of funding.',
    website: 'https://example.org/kivu-documentation',
    contactEmail: 'info@kivu-documentation.example.org',
    countries: ['CD'],
    themes: ['human-rights-documentation', 'accountability'],
    joined: '2013-04-17',
  },
  {
    name: 'Mozambique Channel Protection Forum',
    type: 'NGO',
    status: 'APPLIED',
    description:
      'A young organisation founded in Pemba in 2022 by Mozambican and Tanzanian humanitarian workers. It monitors protection risks for displaced families in Cabo Delgado and along the Rovuma river border, and runs legal aid desks for people without identity documents. It applied to join the coalition in 2026.',
    website: 'https://example.org/mozambique-channel-forum',
    contactEmail: 'info@mozambique-channel-forum.example.org',
    countries: ['MZ', 'TZ'],
    themes: ['refugees-and-displacement', 'civilian-protection'],
    joined: '2026-04-09',
  },

  // ───────────────────────────── Americas ─────────────────────────────
  {
    name: 'Observatorio Andino de Protección Civil',
    type: 'NGO',
    description:
      'A Bogotá-based observatory created in 2012 that tracks threats and attacks against social leaders, indigenous authorities and former combatants in Colombia and neighbouring border areas. It publishes monthly risk maps and runs an emergency fund for relocating threatened community leaders. Its analysts work closely with indigenous guards in Cauca and Nariño.',
    website: 'https://example.org/observatorio-andino',
    contactEmail: 'info@observatorio-andino.example.org',
    countries: ['CO', 'VE', 'EC', 'PE'],
    themes: ['early-warning', 'civilian-protection'],
    joined: '2014-07-21',
  },
  {
    name: 'Centro de Memoria y Justicia del Istmo',
    type: 'NGO',
    description:
      "Works with survivors of the armed conflicts in Guatemala, El Salvador and Honduras to search for the disappeared and bring cases to court. Founded in 1998 in Guatemala City, it supports forensic exhumations, accompanies victims' families through trials and runs a travelling exhibition on historical memory for secondary schools.",
    website: 'https://example.org/memoria-istmo',
    contactEmail: 'info@memoria-istmo.example.org',
    countries: ['GT', 'SV', 'HN'],
    themes: ['transitional-justice', 'accountability', 'human-rights-documentation'],
    joined: '2011-10-05',
  },
  {
    name: 'Northbridge University Atrocity Prevention Lab',
    type: 'ACADEMIC',
    category: 'SUPPORTER',
    description:
      'A research lab at Northbridge University in Toronto, founded in 2015, that develops statistical risk models for mass atrocities and tests them against field data from partner organisations. Its graduate students spend placements with coalition members in Africa and Asia. The lab supports the coalition with data analysis and an annual methods workshop.',
    website: 'https://example.org/northbridge-apl',
    contactEmail: 'info@northbridge-apl.example.org',
    countries: ['CA', 'US'],
    themes: ['early-warning', 'accountability'],
    joined: '2017-01-30',
  },
  {
    name: 'Red de Periodistas de la Frontera',
    type: 'MEDIA',
    description:
      'A network of independent journalists covering violence, migration and organised crime along the border between southern Mexico and Guatemala. Since 2016 it has co-published investigations with regional outlets and runs a protection protocol for members who receive threats. It also trains local reporters in digital security and trauma-aware interviewing.',
    website: 'https://example.org/periodistas-frontera',
    contactEmail: 'info@periodistas-frontera.example.org',
    countries: ['MX', 'GT'],
    themes: ['media-freedom', 'refugees-and-displacement'],
    joined: '2018-05-03',
  },
  {
    name: 'Haiti Community Safety Alliance',
    type: 'NGO',
    description:
      "An alliance of neighbourhood associations in Port-au-Prince, Cap-Haïtien and the Artibonite valley formed in 2019. It supports residents' safety committees, negotiates safe passage for schoolchildren and health workers, and keeps a confidential register of killings and kidnappings in gang-controlled districts. Many of its volunteers are under 30.",
    website: 'https://example.org/haiti-safety-alliance',
    contactEmail: 'info@haiti-safety-alliance.example.org',
    countries: ['HT'],
    themes: ['civilian-protection', 'youth', 'human-rights-documentation'],
    joined: '2021-02-16',
  },
  {
    name: 'Ecumenical Accompaniment Service of the Americas',
    type: 'FAITH_BASED',
    description:
      'Sends teams of volunteers from churches in the Americas and Europe to provide protective accompaniment to threatened communities in Colombia, Guatemala and Honduras. Established in 2003, it has maintained a permanent presence in the Colombian department of Chocó since 2009. Its teams document incidents and raise them with civil and military authorities.',
    website: 'https://example.org/ecumenical-accompaniment',
    contactEmail: 'info@ecumenical-accompaniment.example.org',
    countries: ['CO', 'GT', 'HN'],
    themes: ['civilian-protection', 'peacebuilding'],
    joined: '2009-11-18',
  },
  {
    name: 'Southern Cone Memory Archive',
    type: 'OTHER',
    category: 'SUPPORTER',
    description:
      'A foundation that preserves and digitises records from the dictatorships in Argentina, Chile and Uruguay, including trial files, press archives and the papers of human rights organisations. Based in Montevideo since 2006, it makes its collections available to researchers, courts and families of victims. It advises coalition members on archiving their own documentation.',
    website: 'https://example.org/southern-cone-archive',
    contactEmail: 'info@southern-cone-archive.example.org',
    countries: ['AR', 'CL', 'UY'],
    themes: ['transitional-justice', 'human-rights-documentation'],
    joined: '2012-03-24',
  },
  {
    name: 'Caribbean Climate and Security Dialogue',
    type: 'NGO',
    status: 'APPLIED',
    description:
      'A policy forum launched in Kingston in 2023 that brings together disaster management officials, community leaders and researchers from across the Caribbean. It studies how hurricanes, drought and displacement interact with gang violence and political instability, with a current focus on Haiti and Jamaica. It applied for coalition membership in 2026.',
    website: 'https://example.org/caribbean-climate-security',
    contactEmail: 'info@caribbean-climate-security.example.org',
    countries: ['JM', 'HT', 'DO', 'TT'],
    themes: ['climate-and-conflict', 'refugees-and-displacement'],
    joined: '2026-05-27',
  },

  // ───────────────────────────── Asia-Pacific ─────────────────────────────
  {
    name: 'Mekong Rights Documentation Centre',
    type: 'NGO',
    description:
      'Founded in 2010 by exiled lawyers and researchers, the centre documents airstrikes, arbitrary detention and forced displacement in Myanmar from offices in Thailand. Its archive follows international evidentiary standards and has been shared with several accountability mechanisms. It also trains documenters from ethnic community organisations in Cambodia and Thailand.',
    website: 'https://example.org/mekong-rights',
    contactEmail: 'info@mekong-rights.example.org',
    countries: ['MM', 'TH', 'KH'],
    themes: ['human-rights-documentation', 'accountability'],
    joined: '2011-06-29',
  },
  {
    name: 'Bay of Bengal Refugee Protection Network',
    type: 'NETWORK',
    description:
      'A network of 19 refugee-led groups, lawyers and humanitarian organisations in Bangladesh, Malaysia, Indonesia and Myanmar, formed in 2017. It monitors conditions in camps and detention centres, tracks boat departures across the Andaman Sea and pushes for safe, voluntary and dignified return. Rohingya refugees sit on its steering committee.',
    website: 'https://example.org/bay-of-bengal-network',
    contactEmail: 'info@bay-of-bengal-network.example.org',
    countries: ['BD', 'MM', 'MY', 'ID'],
    themes: ['refugees-and-displacement', 'civilian-protection', 'accountability'],
    joined: '2018-08-25',
  },
  {
    name: "Mindanao Peace Mediators' Collective",
    type: 'NGO',
    description:
      'A collective of Moro, indigenous and Christian mediators in Mindanao who settle clan feuds (rido) and land disputes before they turn violent. Established in 2008 in Cotabato City, it has trained more than 600 community mediators, around half of them women and young people. It works with local government units in the Bangsamoro region.',
    website: 'https://example.org/mindanao-mediators',
    contactEmail: 'info@mindanao-mediators.example.org',
    countries: ['PH'],
    themes: ['peacebuilding', 'women-peace-and-security', 'youth'],
    joined: '2012-10-31',
  },
  {
    name: 'Pacific Islands Peace and Climate Forum',
    type: 'NGO',
    description:
      'A Suva-based organisation working since 2014 on the security consequences of climate change in Melanesia. It supports customary leaders in Papua New Guinea, Solomon Islands and Vanuatu to manage disputes over land and relocation, and documents tribal violence in the Highlands. It regularly briefs regional meetings on climate-related displacement.',
    website: 'https://example.org/pacific-peace-climate',
    contactEmail: 'info@pacific-peace-climate.example.org',
    countries: ['FJ', 'PG', 'SB', 'VU'],
    themes: ['climate-and-conflict', 'peacebuilding', 'refugees-and-displacement'],
    joined: '2016-09-12',
  },
  {
    name: 'Harbourview Institute for Conflict and Protection Research',
    type: 'ACADEMIC',
    description:
      'An independent research institute in Sydney, set up in 2011, that studies how civilians protect themselves during armed conflict. Its researchers have carried out long-term fieldwork in Timor-Leste, Indonesia, Myanmar and Bangladesh. The institute publishes open-access working papers and runs a summer school on protection for practitioners from the region.',
    website: 'https://example.org/harbourview-institute',
    contactEmail: 'info@harbourview-institute.example.org',
    countries: ['AU', 'ID', 'TL', 'MM', 'BD'],
    themes: ['civilian-protection', 'women-peace-and-security'],
    joined: '2014-04-02',
  },
  {
    name: 'Kathmandu Valley Transitional Justice Forum',
    type: 'NGO',
    status: 'LAPSED',
    description:
      "A forum of conflict victims' associations and human rights lawyers created in Nepal in 2009 to press for truth, justice and reparations after the civil war. It gathered testimonies from families of the disappeared in twelve districts and submitted them to the national commissions. Its coalition membership lapsed in 2023 after a leadership transition.",
    website: 'https://example.org/nepal-tj-forum',
    contactEmail: 'info@nepal-tj-forum.example.org',
    countries: ['NP'],
    themes: ['transitional-justice', 'accountability'],
    joined: '2010-12-10',
  },
  {
    name: 'Frontline Lens Asia',
    type: 'MEDIA',
    description:
      'An independent photo and video agency founded in 2015 by photojournalists from Afghanistan, Pakistan and Myanmar. It produces visual investigations on civilian harm and gives editorial and safety support to local journalists, many of whom now work in exile. Its footage is verified and archived so it can later serve as evidence.',
    website: 'https://example.org/frontline-lens-asia',
    contactEmail: 'info@frontline-lens-asia.example.org',
    countries: ['AF', 'PK', 'MM'],
    themes: ['media-freedom', 'human-rights-documentation'],
    joined: '2019-07-15',
  },
  {
    name: 'Sri Lanka Interfaith Reconciliation Circle',
    type: 'FAITH_BASED',
    category: 'SUPPORTER',
    description:
      "A circle of Buddhist, Hindu, Muslim and Christian clergy and lay leaders formed in Colombo in 2010, a year after the end of the civil war. It organises interfaith visits to the north and east, responds to incidents of religious hate speech and supports families of the missing in their search for answers. It supports the coalition's work on memory and reconciliation.",
    website: 'https://example.org/lanka-interfaith-circle',
    contactEmail: 'info@lanka-interfaith-circle.example.org',
    countries: ['LK'],
    themes: ['peacebuilding', 'transitional-justice', 'hate-speech'],
    joined: '2015-05-18',
  },

  // ───────────────────────────── Europe ─────────────────────────────
  {
    name: 'Forum for Atrocity Prevention in Europe',
    type: 'NETWORK',
    description:
      'A Brussels-based network of 32 European NGOs, think tanks and university centres that advocate for atrocity prevention in the foreign policy of European governments and institutions. Founded in 2012, it coordinates joint positions ahead of Human Rights Council sessions and organises an annual parliamentary briefing on the Responsibility to Protect. It relays the analysis of partners in Africa and the Middle East to European decision-makers.',
    website: 'https://example.org/fape-network',
    contactEmail: 'info@fape-network.example.org',
    countries: ['BE', 'NL', 'DE', 'FR'],
    themes: ['early-warning', 'accountability', 'civilian-protection'],
    joined: '2013-03-14',
  },
  {
    name: 'Balkan Memory and Accountability Initiative',
    type: 'NGO',
    description:
      "Works since 2005 with survivors, families of missing persons and young people in Bosnia and Herzegovina, Serbia, Croatia and Montenegro to confront the legacy of the wars of the 1990s. It monitors war crimes trials in national courts, records oral histories and runs cross-border study visits for secondary school students. It is one of the coalition's main partners on denial and hate speech.",
    website: 'https://example.org/balkan-memory',
    contactEmail: 'info@balkan-memory.example.org',
    countries: ['BA', 'RS', 'HR', 'ME'],
    themes: ['transitional-justice', 'accountability', 'hate-speech'],
    joined: '2011-07-11',
  },
  {
    name: 'Lakeside Centre for International Criminal Justice',
    type: 'ACADEMIC',
    category: 'SUPPORTER',
    description:
      'A postgraduate research centre in Geneva, founded in 2009, that studies international and national prosecutions of atrocity crimes. It maintains a database of universal jurisdiction cases in European courts and offers pro bono legal research to documentation groups preparing submissions. Its staff include former prosecutors and defence counsel.',
    website: 'https://example.org/lakeside-icj',
    contactEmail: 'info@lakeside-icj.example.org',
    countries: ['CH', 'NL'],
    themes: ['accountability', 'transitional-justice'],
    joined: '2014-10-01',
  },
  {
    name: 'Clearsight Verification Lab',
    type: 'NGO',
    description:
      'A London-based team of open-source investigators founded in 2018 that verifies photos, videos and satellite imagery of attacks on civilians. It has worked extensively on Ukraine and Syria, preparing evidence packages that meet the standards of international investigators. It also trains local documenters to preserve digital material safely.',
    website: 'https://example.org/clearsight-lab',
    contactEmail: 'info@clearsight-lab.example.org',
    countries: ['GB', 'UA', 'SY'],
    themes: ['human-rights-documentation', 'accountability'],
    joined: '2020-01-22',
  },
  {
    name: 'Dnipro Civic Protection Network',
    type: 'NGO',
    description:
      'A network of Ukrainian volunteer groups formed in 2014 and greatly expanded after 2022 to evacuate civilians from frontline towns and document damage to homes, schools and energy infrastructure. It runs shelters for displaced older people and people with disabilities in Dnipro and Zaporizhzhia oblasts, and supports displaced Ukrainians in Moldova.',
    website: 'https://example.org/dnipro-civic-protection',
    contactEmail: 'info@dnipro-civic-protection.example.org',
    countries: ['UA', 'MD'],
    themes: ['civilian-protection', 'refugees-and-displacement', 'human-rights-documentation'],
    joined: '2022-06-06',
  },
  {
    name: 'Caucasus Dialogue Initiative',
    type: 'NGO',
    description:
      "Since 2011, this initiative has brought together young people, teachers and journalists from Georgia, Armenia and Azerbaijan for dialogue across the region's conflict lines. It runs online exchanges, joint summer schools in Tbilisi and a small grants scheme for youth-led projects countering hostile narratives. Its alumni network has over 900 members.",
    website: 'https://example.org/caucasus-dialogue',
    contactEmail: 'info@caucasus-dialogue.example.org',
    countries: ['GE', 'AM', 'AZ'],
    themes: ['peacebuilding', 'youth', 'hate-speech'],
    joined: '2017-04-24',
  },
  {
    name: 'Fjordlys Foundation for Civilian Protection',
    type: 'OTHER',
    category: 'SUPPORTER',
    description:
      "A private Norwegian foundation established in 2010 from a family shipping fortune. It funds small grants for local monitors, mediators and journalists in conflict-affected countries and covers the travel of coalition members to international meetings. It sits on the coalition's advisory board as a non-voting supporter.",
    website: 'https://example.org/fjordlys-foundation',
    contactEmail: 'info@fjordlys-foundation.example.org',
    countries: ['NO', 'SE'],
    themes: ['civilian-protection', 'media-freedom'],
    joined: '2016-11-29',
  },
  {
    name: 'Roma Rights and Hate Speech Watch',
    type: 'NGO',
    description:
      'Monitors anti-Roma hate speech, hate crimes and forced evictions in Hungary, Slovakia, Romania and Bulgaria. Created in Budapest in 2012 by Roma activists and lawyers, it runs a network of local reporters and brings strategic cases before national courts and equality bodies. It publishes an annual hate speech barometer ahead of European elections.',
    website: 'https://example.org/roma-rights-watch',
    contactEmail: 'info@roma-rights-watch.example.org',
    countries: ['HU', 'SK', 'RO', 'BG'],
    themes: ['hate-speech', 'accountability', 'early-warning'],
    joined: '2015-08-02',
  },

  // ─────────────────────── Middle East and North Africa ───────────────────────
  {
    name: 'Levant Civilian Protection Monitor',
    type: 'NGO',
    description:
      'Set up in 2012 by Syrian doctors and lawyers, the monitor records attacks on hospitals, schools and markets in Syria and tracks the situation of Syrian refugees in Lebanon and Jordan. It operates a secure hotline for medical staff and shares verified data with UN agencies. Since 2025 it has also monitored returns to areas of northern and central Syria.',
    website: 'https://example.org/levant-protection-monitor',
    contactEmail: 'info@levant-protection-monitor.example.org',
    countries: ['SY', 'LB', 'JO', 'TR'],
    themes: ['civilian-protection', 'human-rights-documentation', 'refugees-and-displacement'],
    joined: '2013-09-09',
  },
  {
    name: 'Tigris Documentation Centre',
    type: 'NGO',
    description:
      'An Iraqi organisation founded in Duhok in 2015 to document crimes committed against Yazidis, Christians, Shabak and other communities in Nineveh. It has recorded thousands of survivor testimonies and helped locate mass graves in the Sinjar district. It now advocates for reparations and for the safe return of displaced families.',
    website: 'https://example.org/tigris-documentation',
    contactEmail: 'info@tigris-documentation.example.org',
    countries: ['IQ'],
    themes: ['human-rights-documentation', 'accountability', 'refugees-and-displacement'],
    joined: '2016-08-03',
  },
  {
    name: 'Yemen Civilian Harm Observatory',
    type: 'NGO',
    description:
      'Since 2016, field researchers across eleven Yemeni governorates have recorded airstrikes, shelling, landmine incidents and attacks on water and health facilities for the observatory. Its public incident database is used by journalists, UN experts and humanitarian planners. It also supports survivors of landmines to access medical care and prosthetics.',
    website: 'https://example.org/yemen-harm-observatory',
    contactEmail: 'info@yemen-harm-observatory.example.org',
    countries: ['YE'],
    themes: ['civilian-protection', 'accountability', 'human-rights-documentation'],
    joined: '2017-12-14',
  },
  {
    name: 'Maghreb Centre for Conflict and Migration Studies',
    type: 'ACADEMIC',
    description:
      "A research centre in Tunis, founded in 2013 after the revolution, that studies conflict, migration and climate stress across North Africa and the Sahel. It conducts surveys among migrants and displaced people in Libya and Tunisia, and runs a joint master's course on migration and human rights with universities in the region. Its researchers work in Arabic, French and English.",
    website: 'https://example.org/maghreb-centre',
    contactEmail: 'info@maghreb-centre.example.org',
    countries: ['TN', 'LY', 'DZ', 'MA'],
    themes: ['refugees-and-displacement', 'climate-and-conflict'],
    joined: '2015-03-20',
  },
  {
    name: 'Bab al-Khabar Independent Newsroom',
    type: 'MEDIA',
    description:
      'An Arabic-language investigative newsroom founded in 2014 by Syrian, Iraqi and Lebanese journalists, now working from Beirut and Gaziantep. It publishes investigations on detention, disappearances and war economies, and runs a fact-checking desk that tracks sectarian incitement online. It provides legal and psychosocial support to its freelance correspondents.',
    website: 'https://example.org/bab-al-khabar',
    contactEmail: 'info@bab-al-khabar.example.org',
    countries: ['SY', 'IQ', 'LB'],
    themes: ['media-freedom', 'hate-speech', 'accountability'],
    joined: '2018-11-02',
  },
  {
    name: "Libyan Women's Mediation Network",
    type: 'NGO',
    status: 'APPLIED',
    description:
      "A network of women mediators, lawyers and tribal notables from Tripoli, Misrata, Sabha and Benghazi founded in 2021. It mediates the release of detainees and local ceasefires between armed groups, and campaigns for women's inclusion in national reconciliation processes. It submitted its coalition application in early 2026.",
    website: 'https://example.org/libya-women-mediation',
    contactEmail: 'info@libya-women-mediation.example.org',
    countries: ['LY'],
    themes: ['women-peace-and-security', 'peacebuilding'],
    joined: '2026-02-14',
  },
  {
    name: 'Nineveh Interfaith Coexistence Council',
    type: 'FAITH_BASED',
    description:
      'A council of Muslim, Christian, Yazidi and Shabak religious leaders established in Mosul in 2018 to rebuild trust after the defeat of the Islamic State group. It organises joint ceremonies at damaged places of worship, mediates property disputes between returning families and speaks out publicly against sectarian hate speech.',
    website: 'https://example.org/nineveh-coexistence',
    contactEmail: 'info@nineveh-coexistence.example.org',
    countries: ['IQ'],
    themes: ['peacebuilding', 'hate-speech'],
    joined: '2020-10-19',
  },
  {
    name: 'Cedar Youth for Dialogue',
    type: 'NGO',
    status: 'LAPSED',
    description:
      'A youth organisation founded in Tripoli, Lebanon, in 2014 that brings together young people from different confessional communities for joint volunteering and street art projects. It trained a group of young mediators who intervened in neighbourhood clashes between Bab al-Tabbaneh and Jabal Mohsen. Its membership lapsed in 2024 after the organisation paused most activities.',
    website: 'https://example.org/cedar-youth',
    contactEmail: 'info@cedar-youth.example.org',
    countries: ['LB'],
    themes: ['youth', 'peacebuilding'],
    joined: '2017-06-21',
  },
];
