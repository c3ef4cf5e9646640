/**
 * News outlets that transfer stories are credited to, as writers name them in running text.
 * A name on this list after "reports", before "'s" and a journalist, or as a bare credit is
 * taken as an outlet; other capitalised names need a credit form that says so ("according to
 * X", "told X", "X reports").
 */
export const OUTLETS: readonly string[] = [
  // British and Irish
  'Sky Sports News', 'Sky Sports', 'Sky News', 'BBC Sport', 'BBC Radio 5 Live', 'BBC', 'talkSPORT', 'The Athletic', 'Athletic',
  'Daily Mail', 'Mail on Sunday', 'MailOnline', 'Mail', 'The Sun', 'Sun on Sunday', 'Sun', 'Daily Mirror', 'Sunday Mirror', 'Mirror',
  'Daily Telegraph', 'Sunday Telegraph', 'Telegraph', 'The Times', 'Sunday Times', 'Times', 'The Guardian', 'Guardian', 'Observer',
  'The Independent', 'Independent', 'i newspaper', 'Evening Standard', 'Standard', 'Daily Express', 'Sunday Express', 'Express',
  'Daily Star', 'Star', 'Metro', 'Daily Record', 'Record', 'The Scotsman', 'Herald', 'Irish Independent', 'Football Insider',
  'Football London', 'football.london', 'Manchester Evening News', 'MEN', 'Liverpool Echo', 'Echo', 'Birmingham Mail', 'Chronicle',
  'Northern Echo', 'Yorkshire Evening Post', 'TeamTalk', 'Teamtalk', '90min', 'Goal', 'ESPN', 'ESPN FC', 'CBS Sports', 'The Athletic UK',
  'Eurosport', 'FourFourTwo', 'Caught Offside', 'CaughtOffside', 'HITC', 'GiveMeSport', 'Football.London', 'Daily Briefing',
  'Sportsmail', 'SunSport', 'Telegraph Sport', 'Times Sport', 'PA', 'PA Media', 'Press Association', 'Reuters', 'AFP', 'AP',
  // Spanish
  'Marca', 'AS', 'Mundo Deportivo', 'Sport', 'El Mundo', 'El País', 'El Pais', 'ABC', 'Cadena SER', 'Cadena Cope', 'COPE', 'Relevo',
  'El Chiringuito', 'Fichajes', 'Todofichajes', 'El Nacional', 'Defensa Central', 'Estadio Deportivo', 'Superdeporte', 'Onda Cero',
  // Italian
  'Gazzetta dello Sport', 'La Gazzetta dello Sport', 'Gazzetta', 'Corriere dello Sport', 'Corriere della Sera', 'Tuttosport',
  'Calciomercato', 'Calciomercato.com', 'Calciomercato.it', 'Sky Italia', 'Sky Sport Italia', 'La Repubblica', 'Repubblica',
  'Il Messaggero', 'Football Italia', 'Tuttomercatoweb', 'TMW', 'Gianluca Di Marzio', 'Di Marzio', 'Mediaset', 'Rai Sport',
  // French
  "L'Equipe", "L'Équipe", 'Le Parisien', 'RMC Sport', 'RMC', 'Foot Mercato', 'Le10Sport', 'Le 10 Sport', 'Telefoot', 'Téléfoot',
  'Canal+', 'France Football', 'La Provence', 'Ouest-France',
  // German, Dutch, Portuguese, Turkish
  'Bild', 'Sport Bild', 'Kicker', 'Sky Germany', 'Sky Deutschland', 'Sky Sport Germany', 'Sport1', 'Spox', 'Transfermarkt',
  'Süddeutsche Zeitung', 'Frankfurter Allgemeine', 'Westdeutsche Allgemeine Zeitung', 'WAZ', 'De Telegraaf', 'Telegraaf',
  'Voetbal International', 'Algemeen Dagblad', 'AD', 'Record', 'A Bola', 'O Jogo', 'Fanatik', 'Takvim', 'Sabah', 'Fotomac',
  // Americas
  'ESPN Brasil', 'Globo', 'Globoesporte', 'UOL', 'Ole', 'Olé', 'TyC Sports', 'The New York Times', 'New York Times', 'Washington Post',
];
