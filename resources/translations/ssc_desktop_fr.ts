<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AddQuadrennium</name>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Code</translation>
    </message>
    <message>
      <source>&amp;Ends on</source>
      <translation>&amp;Se termine le</translation>
    </message>
    <message>
      <source>&amp;Starts on</source>
      <translation>&amp;Commence le</translation>
    </message>
    <message>
      <source>2030-2033</source>
      <translation>2030-2033</translation>
    </message>
    <message>
      <source>A quadrennium runs from one World Conservation Congress to the next. Add the next one when its dates are known; it starts the day after the latest one ends.</source>
      <translation>Un quadriennat va d'un Congrès mondial de la nature au suivant. Ajoutez le prochain quand ses dates sont connues ; il commence le lendemain de la fin du dernier.</translation>
    </message>
    <message>
      <source>Add quadrennium</source>
      <translation>Ajouter un quadriennat</translation>
    </message>
    <message>
      <source>Co&amp;ngresses</source>
      <translation>Co&amp;ngrès</translation>
    </message>
    <message>
      <source>e.g. Abu Dhabi 2025 to the next Congress</source>
      <translation>p. ex. d'Abou Dhabi 2025 au Congrès suivant</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong, and SSC Desktop could not finish what you asked. Everything saved before is safe. The details are in {path}; please send that file to whoever supports you.</source>
      <translation>Un problème est survenu et SSC Desktop n'a pas pu terminer ce que vous avez demandé. Tout ce qui a été enregistré auparavant est intact. Les détails se trouvent dans {path} ; veuillez envoyer ce fichier à la personne qui vous assiste.</translation>
    </message>
  </context>
  <context>
    <name>CarryTargets</name>
    <message>
      <source>Carry targets forward</source>
      <translation>Reporter les objectifs</translation>
    </message>
  </context>
  <context>
    <name>CarryTargetsDialog</name>
    <message>
      <source>Already in this quadrennium</source>
      <translation>Déjà dans ce quadriennat</translation>
    </message>
    <message>
      <source>There is no earlier quadrennium to carry targets from.</source>
      <translation>Il n'y a pas de quadriennat antérieur d'où reporter des objectifs.</translation>
    </message>
    <message>
      <source>Tick the targets of %1 to carry into this quadrennium. Each keeps its code; its updates stay with %1, and the new term starts without progress.</source>
      <translation>Cochez les objectifs de %1 à reporter dans ce quadriennat. Chacun garde son code ; ses mises à jour restent avec %1, et le nouveau mandat commence sans progrès.</translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>Already entered</source>
      <translation>Déjà saisi</translation>
    </message>
    <message>
      <source>Already has a membership in the new quadrennium; the renewal ends the old one as Term ended and leaves the new one as it is.</source>
      <translation>A déjà une adhésion dans le nouveau quadriennat ; le renouvellement termine l'ancienne comme « Mandat terminé » et laisse la nouvelle telle quelle.</translation>
    </message>
    <message>
      <source>Do not re-appoint</source>
      <translation>Ne pas reconduire</translation>
    </message>
    <message>
      <source>Re-invite</source>
      <translation>Réinviter</translation>
    </message>
    <message>
      <source>Skipped: already %1</source>
      <translation>Ignoré : déjà %1</translation>
    </message>
  </context>
  <context>
    <name>EndMembership</name>
    <message>
      <source>&amp;Ends on</source>
      <translation>&amp;Se termine le</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <source>End membership</source>
      <translation>Mettre fin à l'adhésion</translation>
    </message>
    <message>
      <source>The member's roles end on the same day. The membership stays in the roster as ended, and Undo (Ctrl+Z) reverses this.</source>
      <translation>Les rôles du membre prennent fin le même jour. L'adhésion reste dans la liste des membres comme terminée, et Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
      <source>optional, e.g. "by e-mail of 3 March"</source>
      <translation>facultatif, p. ex. « par courriel du 3 mars »</translation>
    </message>
  </context>
  <context>
    <name>EndMembershipDialog</name>
    <message>
      <source>End membership</source>
      <translation>Mettre fin à l'adhésion</translation>
    </message>
    <message>
      <source>End membership of {name}</source>
      <translation>Fin de l'adhésion de {name}</translation>
    </message>
    <message>
      <source>End the membership of {name} ({status}, {term})?</source>
      <translation>Mettre fin à l'adhésion de {name} ({status}, {term}) ?</translation>
    </message>
  </context>
  <context>
    <name>ExchangeOps</name>
    <message>
      <source>Checking the rows</source>
      <translation>Vérification des lignes</translation>
    </message>
    <message>
      <source>Exporting the roster</source>
      <translation>Export de la liste des membres</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Lecture de {name}</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Quadrennium</source>
      <translation>&amp;Quadriennat</translation>
    </message>
    <message>
      <source>&amp;Statuses to export</source>
      <translation>&amp;Statuts à exporter</translation>
    </message>
    <message>
      <source>All quadrennia</source>
      <translation>Tous les quadriennats</translation>
    </message>
    <message>
      <source>CSV: start with a byte-order mark, so Excel shows accents correctly</source>
      <translation>CSV : commencer par une marque d'ordre des octets, pour qu'Excel affiche bien les accents</translation>
    </message>
    <message>
      <source>Cancelled; no file was written.</source>
      <translation>Annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <source>Column &amp;profile</source>
      <translation>&amp;Profil de colonnes</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Export the roster</source>
      <translation>Exporter la liste des membres</translation>
    </message>
    <message>
      <source>Export the roster of {group}</source>
      <translation>Exporter la liste des membres de {group}</translation>
    </message>
    <message>
      <source>Give the profile a name of its own; the default layout stays as documented.</source>
      <translation>Donnez au profil un nom propre ; la disposition par défaut reste telle que documentée.</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Descen&amp;dre</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Mon&amp;ter</translation>
    </message>
    <message>
      <source>Sa&amp;ve profile</source>
      <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
      <source>Saved the profile '{name}'.</source>
      <translation>Profil « {name} » enregistré.</translation>
    </message>
    <message>
      <source>Tick at least one status to export.</source>
      <translation>Cochez au moins un statut à exporter.</translation>
    </message>
    <message>
      <source>Tick the columns to write, drag them into order, double-click a header to rename it.</source>
      <translation>Cochez les colonnes à écrire, faites-les glisser pour les ordonner, double-cliquez sur un en-tête pour le renommer.</translation>
    </message>
    <message>
      <source>profile name</source>
      <translation>nom du profil</translation>
    </message>
  </context>
  <context>
    <name>FailureDialog</name>
    <message>
      <source>&amp;Copy details</source>
      <translation>&amp;Copier les détails</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Show &amp;details</source>
      <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <source>“{what}” could not be finished because of a fault in SSC Desktop. Nothing of it was saved, and everything saved before is safe. Please copy the details and send them to whoever supports you.</source>
      <translation>« {what} » n'a pas pu être terminé à cause d'un défaut de SSC Desktop. Rien n'en a été enregistré, et tout ce qui a été enregistré auparavant est intact. Veuillez copier les détails et les envoyer à la personne qui vous assiste.</translation>
    </message>
  </context>
  <context>
    <name>FirstStart</name>
    <message>
      <source>&amp;Create your group</source>
      <translation>&amp;Créer votre groupe</translation>
    </message>
    <message>
      <source>Invented members from every region, to try things safely. You can create your own group later.</source>
      <translation>Des membres inventés de toutes les régions, pour essayer sans risque. Vous pourrez créer votre propre groupe plus tard.</translation>
    </message>
    <message>
      <source>Name your group and enter yourself as its chair.</source>
      <translation>Nommez votre groupe et inscrivez-vous comme son président.</translation>
    </message>
    <message>
      <source>Open a &amp;demo group</source>
      <translation>Ouvrir un groupe de &amp;démonstration</translation>
    </message>
    <message>
      <source>This database has no group yet. Create your own group to start your roster, or open a demo group with 500 invented members to look around first.</source>
      <translation>Cette base de données n'a pas encore de groupe. Créez votre propre groupe pour commencer votre liste des membres, ou ouvrez d'abord un groupe de démonstration de 500 membres inventés pour découvrir l'application.</translation>
    </message>
    <message>
      <source>Welcome to SSC Desktop</source>
      <translation>Bienvenue dans SSC Desktop</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Your data is kept on the shared server: {path}.</source>
      <translation>Vos données sont conservées sur le serveur partagé : {path}.</translation>
    </message>
    <message>
      <source>Your data is kept on this computer in {path}.</source>
      <translation>Vos données sont conservées sur cet ordinateur dans {path}.</translation>
    </message>
  </context>
  <context>
    <name>FocalPointTargetsModel</name>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
  </context>
  <context>
    <name>GroupOps</name>
    <message>
      <source>Add a quadrennium</source>
      <translation>Ajouter un quadriennat</translation>
    </message>
    <message>
      <source>Building the demo groups</source>
      <translation>Création des groupes de démonstration</translation>
    </message>
    <message>
      <source>New group</source>
      <translation>Nouveau groupe</translation>
    </message>
  </context>
  <context>
    <name>HistoryOps</name>
    <message>
      <source>Redoing “{step}”</source>
      <translation>Rétablissement de « {step} »</translation>
    </message>
    <message>
      <source>Undoing “{step}”</source>
      <translation>Annulation de « {step} »</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt; validated members</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; membres validés</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Âge</translation>
    </message>
    <message>
      <source>Choose one quadrennium above (not All quadrennia) to see what needs you in it.</source>
      <translation>Choisissez un quadriennat ci-dessus (pas Tous les quadriennats) pour voir ce qui vous attend.</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open the page, filtered to these records</source>
      <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la page, filtrée sur ces fiches</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <source>Members per country</source>
      <translation>Membres par pays</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group (File ▸ Open the demo group) to try the app first.</source>
      <translation>Pas encore de groupe. Créez votre groupe avec Fichier ▸ Nouveau groupe…, ou ouvrez le groupe de démonstration (Fichier ▸ Ouvrir le groupe de démonstration) pour essayer d'abord l'application.</translation>
    </message>
    <message>
      <source>No validated members in %1 yet. Add members on the Roster page (Ctrl+N) or import your list with File ▸ Import roster… (Ctrl+I); invite and validate them on the Invitations page.</source>
      <translation>Aucun membre validé en %1 pour l'instant. Ajoutez des membres sur la page Membres (Ctrl+N) ou importez votre liste avec Fichier ▸ Importer une liste des membres… (Ctrl+I) ; invitez-les et validez-les sur la page Invitations.</translation>
    </message>
    <message>
      <source>Nothing needs you right now: no invitation overdue, no letter due, every target updated.</source>
      <translation>Rien ne vous attend pour l'instant : aucune invitation en retard, aucune lettre à échéance, chaque objectif à jour.</translation>
    </message>
    <message>
      <source>Open the page showing them</source>
      <translation>Ouvrir la page qui les montre</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Quadrennium %1</source>
      <translation>Quadriennat %1</translation>
    </message>
    <message>
      <source>SSC-wide (2020)</source>
      <translation>Ensemble de la CSE (2020)</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Statutory region</source>
      <translation>Région statutaire</translation>
    </message>
    <message>
      <source>The group's make-up</source>
      <translation>La composition du groupe</translation>
    </message>
    <message>
      <source>What needs you now</source>
      <translation>Ce qui vous attend</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Tick the row to accept these warnings (and apply their repairs):</source>
      <translation>Cochez la ligne pour accepter ces avertissements (et appliquer leurs corrections) :</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Inchangé</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <source>{kind}, accepted</source>
      <translation>{kind}, accepté</translation>
    </message>
    <message>
      <source>{kind}: check</source>
      <translation>{kind} : à vérifier</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>&amp;Apply ticked rows</source>
      <translation>&amp;Appliquer les lignes cochées</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Merge people…</source>
      <translation>&amp;Fusionner des personnes…</translation>
    </message>
    <message>
      <source>&amp;Status of new members without one</source>
      <translation>&amp;Statut des nouveaux membres qui n'en ont pas</translation>
    </message>
    <message>
      <source>(do not import)</source>
      <translation>(ne pas importer)</translation>
    </message>
    <message>
      <source>0 new, 0 updated: nothing was changed.</source>
      <translation>0 nouveau, 0 mis à jour : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Accept all &amp;warnings</source>
      <translation>Accepter tous les &amp;avertissements</translation>
    </message>
    <message>
      <source>All rows ({n})</source>
      <translation>Toutes les lignes ({n})</translation>
    </message>
    <message>
      <source>An Excel workbook (.xlsx) or a CSV file: a Commission System download, the app's own export, or any list with one person per row.</source>
      <translation>Un classeur Excel (.xlsx) ou un fichier CSV : un téléchargement du Commission System, l'export de l'application elle-même, ou toute liste avec une personne par ligne.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Vérifier les colonnes</translation>
    </message>
    <message>
      <source>Choose the file</source>
      <translation>Choisir le fichier</translation>
    </message>
    <message>
      <source>Choose the file to import.</source>
      <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
      <source>Choose the sheet</source>
      <translation>Choisir la feuille</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <source>Columns not imported: {columns}.</source>
      <translation>Colonnes non importées : {columns}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Each column of the file and the field it fills. Correct any guess; save the mapping to reuse it for files with the same headers.</source>
      <translation>Chaque colonne du fichier et le champ qu'elle remplit. Corrigez toute supposition ; enregistrez la correspondance pour la réutiliser avec les fichiers qui ont les mêmes en-têtes.</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>Premières valeurs</translation>
    </message>
    <message>
      <source>For the selected rows, whose name came from one Name column: the first part is the family name (Nguyen Van An, 王小明, Kovács Péter)</source>
      <translation>Pour les lignes sélectionnées dont le nom vient d'une seule colonne Nom : la première partie est le nom de famille (Nguyen Van An, 王小明, Kovács Péter)</translation>
    </message>
    <message>
      <source>Give the mapping a name to save it.</source>
      <translation>Donnez un nom à la correspondance pour l'enregistrer.</translation>
    </message>
    <message>
      <source>Import members</source>
      <translation>Importer des membres</translation>
    </message>
    <message>
      <source>Import members into {group} ({term})</source>
      <translation>Importer des membres dans {group} ({term})</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>Importé comme</translation>
    </message>
    <message>
      <source>Make two records of one person one (the preview said "maybe the same as")</source>
      <translation>Faire de deux fiches d'une même personne une seule (l'aperçu disait « peut-être la même que »)</translation>
    </message>
    <message>
      <source>Not imported: {columns}.</source>
      <translation>Non importé : {columns}.</translation>
    </message>
    <message>
      <source>Nothing changes for this row.</source>
      <translation>Rien ne change pour cette ligne.</translation>
    </message>
    <message>
      <source>Nothing is written until you have seen the preview and chosen what to apply.</source>
      <translation>Rien n'est écrit avant que vous ayez vu l'aperçu et choisi ce qu'il faut appliquer.</translation>
    </message>
    <message>
      <source>Nothing to apply: the roster already matches the file.</source>
      <translation>Rien à appliquer : la liste des membres correspond déjà au fichier.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>Rosters (*.xlsx *.csv);;All files (*)</source>
      <translation>Listes des membres (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>S&amp;how</source>
      <translation>A&amp;fficher</translation>
    </message>
    <message>
      <source>S&amp;wap given and family name</source>
      <translation>&amp;Inverser prénom et nom de famille</translation>
    </message>
    <message>
      <source>Save &amp;mapping</source>
      <translation>Enregistrer la &amp;correspondance</translation>
    </message>
    <message>
      <source>Saved: files with these headers will be mapped the same way.</source>
      <translation>Enregistré : les fichiers avec ces en-têtes seront associés de la même façon.</translation>
    </message>
    <message>
      <source>Select a row to see everything about it.</source>
      <translation>Sélectionnez une ligne pour tout voir à son sujet.</translation>
    </message>
    <message>
      <source>Some people may be in the roster twice: Merge people… makes two records one.</source>
      <translation>Certaines personnes figurent peut-être deux fois dans la liste : Fusionner des personnes… fait de deux fiches une seule.</translation>
    </message>
    <message>
      <source>Swap given and family name</source>
      <translation>Inverser prénom et nom de famille</translation>
    </message>
    <message>
      <source>The first part of the name is the family name</source>
      <translation>La première partie du nom est le nom de famille</translation>
    </message>
    <message>
      <source>The workbook has several sheets; the first visible one is chosen.</source>
      <translation>Le classeur a plusieurs feuilles ; la première visible est choisie.</translation>
    </message>
    <message>
      <source>Tick &amp;all</source>
      <translation>Tout co&amp;cher</translation>
    </message>
    <message>
      <source>Tick &amp;none</source>
      <translation>Tout dé&amp;cocher</translation>
    </message>
    <message>
      <source>Tick every row with warnings too: its repairs are applied as shown</source>
      <translation>Cocher aussi chaque ligne avec avertissements : ses corrections sont appliquées comme indiqué</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>Annuler (Ctrl+Z) revient sur l'import entier.</translation>
    </message>
    <message>
      <source>What the import would do, row by row. Tick the rows to apply; rows with problems are never applied.</source>
      <translation>Ce que ferait l'import, ligne par ligne. Cochez les lignes à appliquer ; les lignes avec des problèmes ne sont jamais appliquées.</translation>
    </message>
    <message>
      <source>With warnings ({n})</source>
      <translation>Avec avertissements ({n})</translation>
    </message>
    <message>
      <source>mapping name, e.g. Chair's Office template</source>
      <translation>nom de la correspondance, p. ex. modèle du bureau du président</translation>
    </message>
    <message>
      <source>roster.xlsx or roster.csv</source>
      <translation>liste.xlsx ou liste.csv</translation>
    </message>
    <message>
      <source>{added} new and {updated} updated member(s) imported from {file}.</source>
      <translation>{added} nouveau(x) et {updated} membre(s) mis à jour importés depuis {file}.</translation>
    </message>
    <message>
      <source>{name} (hidden)</source>
      <translation>{name} (masqué)</translation>
    </message>
    <message>
      <source>{n} row(s) have warnings: check them, then tick each one (or Accept all warnings) to apply it.</source>
      <translation>{n} ligne(s) ont des avertissements : vérifiez-les, puis cochez chacune (ou Accepter tous les avertissements) pour l'appliquer.</translation>
    </message>
    <message>
      <source>{n} row(s) with problems were not imported.</source>
      <translation>{n} ligne(s) avec des problèmes n'ont pas été importées.</translation>
    </message>
    <message>
      <source>{summary}.</source>
      <translation>{summary}.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— choisir —</translation>
    </message>
  </context>
  <context>
    <name>InvitationOps</name>
    <message>
      <source>Invite</source>
      <translation>Inviter</translation>
    </message>
    <message>
      <source>Record a pipeline step</source>
      <translation>Enregistrer une étape du suivi</translation>
    </message>
    <message>
      <source>Renewing the group</source>
      <translation>Renouvellement du groupe</translation>
    </message>
  </context>
  <context>
    <name>InvitationsPage</name>
    <message>
      <source>&amp;E-mail…</source>
      <translation>&amp;Courriel…</translation>
    </message>
    <message>
      <source>&amp;Invite</source>
      <translation>&amp;Inviter</translation>
    </message>
    <message>
      <source>&amp;Renew for the next quadrennium…</source>
      <translation>&amp;Renouveler pour le prochain quadriennat…</translation>
    </message>
    <message>
      <source>&amp;Templates…</source>
      <translation>&amp;Modèles…</translation>
    </message>
    <message>
      <source>&amp;Validate</source>
      <translation>&amp;Valider</translation>
    </message>
    <message>
      <source>&amp;Via</source>
      <translation>&amp;Par</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; proposed · &lt;b&gt;{1}&lt;/b&gt; invited, &lt;b&gt;{2}&lt;/b&gt; of them overdue · &lt;b&gt;{3}&lt;/b&gt; accepted, awaiting validation · &lt;b&gt;{4}&lt;/b&gt; validated</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; proposés · &lt;b&gt;{1}&lt;/b&gt; invités, dont &lt;b&gt;{2}&lt;/b&gt; en retard · &lt;b&gt;{3}&lt;/b&gt; acceptés, en attente de validation · &lt;b&gt;{4}&lt;/b&gt; validés</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Accepté</translation>
    </message>
    <message>
      <source>Add &amp;quadrennium…</source>
      <translation>Ajouter un &amp;quadriennat…</translation>
    </message>
    <message>
      <source>Add the next quadrennium (reference data) once the Congress that closes the current one is known</source>
      <translation>Ajouter le prochain quadriennat (données de référence) dès que le Congrès qui clôt l'actuel est connu</translation>
    </message>
    <message>
      <source>Carry the group into the next quadrennium: re-invite or do not re-appoint each member</source>
      <translation>Faire passer le groupe au prochain quadriennat : réinviter ou ne pas reconduire chaque membre</translation>
    </message>
    <message>
      <source>Create or open a group first.</source>
      <translation>Créez ou ouvrez d'abord un groupe.</translation>
    </message>
    <message>
      <source>E-&amp;mail</source>
      <translation>Cou&amp;rriel</translation>
    </message>
    <message>
      <source>E-mail drafts</source>
      <translation>Brouillons de courriels</translation>
    </message>
    <message>
      <source>Edit the e-mail templates</source>
      <translation>Modifier les modèles de courriel</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>How the invitation was sent</source>
      <translation>Comment l'invitation a été envoyée</translation>
    </message>
    <message>
      <source>Invitations belong to one quadrennium: choose one above (not All quadrennia).</source>
      <translation>Les invitations appartiennent à un quadriennat : choisissez-en un ci-dessus (pas Tous les quadriennats).</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Mark &amp;accepted</source>
      <translation>Marquer &amp;accepté</translation>
    </message>
    <message>
      <source>Mark &amp;declined</source>
      <translation>Marquer &amp;refusé</translation>
    </message>
    <message>
      <source>Mark e&amp;xpired</source>
      <translation>Marquer e&amp;xpiré</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Pas encore de groupe. Créez votre groupe avec Fichier ▸ Nouveau groupe…, ou ouvrez le groupe de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
      <source>No invitation is overdue.</source>
      <translation>Aucune invitation n'est en retard.</translation>
    </message>
    <message>
      <source>No membership of this quadrennium has ended.</source>
      <translation>Aucune adhésion de ce quadriennat n'a pris fin.</translation>
    </message>
    <message>
      <source>Nobody is proposed or invited in this quadrennium yet. Add people on the Roster page as Proposed, then invite them here.</source>
      <translation>Personne n'est encore proposé ou invité dans ce quadriennat. Ajoutez des personnes sur la page Membres comme Proposé, puis invitez-les ici.</translation>
    </message>
    <message>
      <source>Nobody is proposed. Add people on the Roster page with the status Proposed, or import a list.</source>
      <translation>Personne n'est proposé. Ajoutez des personnes sur la page Membres avec le statut Proposé, ou importez une liste.</translation>
    </message>
    <message>
      <source>Nobody is validated yet: validate the people on the Accepted tab.</source>
      <translation>Personne n'est encore validé : validez les personnes de l'onglet Accepté.</translation>
    </message>
    <message>
      <source>Nobody is waiting for validation.</source>
      <translation>Personne n'attend de validation.</translation>
    </message>
    <message>
      <source>Nobody is waiting to answer an invitation. Select people on the Proposed tab and choose Invite.</source>
      <translation>Personne n'a d'invitation en attente de réponse. Sélectionnez des personnes dans l'onglet Proposé et choisissez Inviter.</translation>
    </message>
    <message>
      <source>Nobody on this tab matches the search. Clear the search box to see everyone.</source>
      <translation>Personne dans cet onglet ne correspond à la recherche. Videz la zone de recherche pour voir tout le monde.</translation>
    </message>
    <message>
      <source>O&amp;n</source>
      <translation>&amp;Le</translation>
    </message>
    <message>
      <source>Open your mail client with a message to the current member</source>
      <translation>Ouvrir votre messagerie avec un message au membre actuel</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <source>Record a reminder to the selected invitees</source>
      <translation>Enregistrer un rappel aux invités sélectionnés</translation>
    </message>
    <message>
      <source>Record that the selected people were invited on the chosen day</source>
      <translation>Enregistrer que les personnes sélectionnées ont été invitées le jour choisi</translation>
    </message>
    <message>
      <source>Search by name, e-mail or who proposed them (Ctrl+F)</source>
      <translation>Chercher par nom, courriel ou personne qui les a proposés (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the pipeline</source>
      <translation>Chercher dans le suivi</translation>
    </message>
    <message>
      <source>Send &amp;reminder</source>
      <translation>Envoyer un &amp;rappel</translation>
    </message>
    <message>
      <source>Skipped {0}: {1}.</source>
      <translation>Ignoré {0} : {1}.</translation>
    </message>
    <message>
      <source>The day the step happened</source>
      <translation>Le jour où l'étape a eu lieu</translation>
    </message>
    <message>
      <source>The selected invitations expired without an answer</source>
      <translation>Les invitations sélectionnées ont expiré sans réponse</translation>
    </message>
    <message>
      <source>The selected invitees accepted the invitation</source>
      <translation>Les invités sélectionnés ont accepté l'invitation</translation>
    </message>
    <message>
      <source>The selected invitees declined</source>
      <translation>Les invités sélectionnés ont refusé</translation>
    </message>
    <message>
      <source>There is no quadrennium after %1 to renew into: add it first with Add quadrennium…</source>
      <translation>Il n'y a pas de quadriennat après %1 pour le renouvellement : ajoutez-le d'abord avec Ajouter un quadriennat…</translation>
    </message>
    <message>
      <source>Validate the selected accepted members</source>
      <translation>Valider les membres acceptés sélectionnés</translation>
    </message>
    <message>
      <source>Validated</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Write &amp;drafts…</source>
      <translation>Écrire des &amp;brouillons…</translation>
    </message>
    <message>
      <source>Write e-mail drafts into</source>
      <translation>Écrire les brouillons de courriel dans</translation>
    </message>
    <message>
      <source>Write one e-mail draft (.eml) per selected member (or per row of this table) into a folder</source>
      <translation>Écrire un brouillon de courriel (.eml) par membre sélectionné (ou par ligne de ce tableau) dans un dossier</translation>
    </message>
    <message>
      <source>Wrote {0} draft(s) to {1}.</source>
      <translation>{0} brouillon(s) écrit(s) dans {1}.</translation>
    </message>
    <message>
      <source>complete</source>
      <translation>terminé</translation>
    </message>
    <message>
      <source>{0} has no e-mail address; add one in the member editor first.</source>
      <translation>{0} n'a pas d'adresse électronique ; ajoutez-en une d'abord dans la fiche du membre.</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>The {name} catalogue {path} is missing or damaged, so SSC Desktop stays in English; reinstall SSC Desktop to get {name} back.</source>
      <translation>Le catalogue {name} {path} est absent ou endommagé : SSC Desktop reste donc en anglais (English) ; réinstallez SSC Desktop pour retrouver le {name}.</translation>
    </message>
  </context>
  <context>
    <name>LetterEditor</name>
    <message>
      <source>%1 since %2 (%3 days). Held by %4; waits for %5.</source>
      <translation>%1 depuis le %2 (%3 jours). Détenu par %4 ; attend %5.</translation>
    </message>
    <message>
      <source>%1 since %2 (%3 days); no further steps.</source>
      <translation>%1 depuis le %2 (%3 jours) ; plus d'étape.</translation>
    </message>
    <message>
      <source>&amp;Add file…</source>
      <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
      <source>&amp;Addressee:</source>
      <translation>&amp;Destinataire :</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Dialogue opened:</source>
      <translation>&amp;Dialogue ouvert :</translation>
    </message>
    <message>
      <source>&amp;Evidence:</source>
      <translation>&amp;Preuves :</translation>
    </message>
    <message>
      <source>&amp;Impact:</source>
      <translation>&amp;Impact :</translation>
    </message>
    <message>
      <source>&amp;Key facts:</source>
      <translation>&amp;Faits clés :</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Avancement</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>&amp;Scientific name:</source>
      <translation>Nom &amp;scientifique :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>&amp;Urgency:</source>
      <translation>&amp;Urgence :</translation>
    </message>
    <message>
      <source>&amp;Verify</source>
      <translation>&amp;Vérifier</translation>
    </message>
    <message>
      <source>(nobody chosen)</source>
      <translation>(personne de choisi)</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(non indiqué)</translation>
    </message>
    <message>
      <source>A new request starts as a draft. Fill in what you know and save; steps and attachments follow.</source>
      <translation>Une nouvelle demande commence comme brouillon. Remplissez ce que vous savez et enregistrez ; les étapes et les pièces jointes suivent.</translation>
    </message>
    <message>
      <source>A&amp;ttachments</source>
      <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
      <source>Action re&amp;quested:</source>
      <translation>Action &amp;demandée :</translation>
    </message>
    <message>
      <source>Add evidence files</source>
      <translation>Ajouter des preuves</translation>
    </message>
    <message>
      <source>Addressee &amp;country:</source>
      <translation>&amp;Pays du destinataire :</translation>
    </message>
    <message>
      <source>Addressee t&amp;ype:</source>
      <translation>T&amp;ype de destinataire :</translation>
    </message>
    <message>
      <source>Alert &amp;raised by:</source>
      <translation>Alerte &amp;donnée par :</translation>
    </message>
    <message numerus="yes">
      <source>All %n file(s) are present and unchanged.</source>
      <translation>
        <numerusform>Le fichier est présent et inchangé (%n).</numerusform>
        <numerusform>Les %n fichiers sont tous présents et inchangés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Anything else the group should remember</source>
      <translation>Tout ce que le groupe doit retenir par ailleurs</translation>
    </message>
    <message>
      <source>Authorities, communities, organisations involved</source>
      <translation>Autorités, communautés, organisations concernées</translation>
    </message>
    <message>
      <source>Brief saved to %1</source>
      <translation>Note enregistrée dans %1</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <source>Check that every stored file is present and unchanged</source>
      <translation>Vérifier que chaque fichier conservé est présent et inchangé</translation>
    </message>
    <message>
      <source>Co&amp;mmon name:</source>
      <translation>Nom &amp;commun :</translation>
    </message>
    <message>
      <source>Co-signature with</source>
      <translation>Cosignature avec</translation>
    </message>
    <message>
      <source>Copy an evidence file (PDF, image, spreadsheet) into the attachment folder</source>
      <translation>Copier une preuve (PDF, image, tableur) dans le dossier des pièces jointes</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Date of the ste&amp;p:</source>
      <translation>Date de l'éta&amp;pe :</translation>
    </message>
    <message>
      <source>Did a dialogue with the stakeholders open?</source>
      <translation>Un dialogue avec les parties prenantes s'est-il ouvert ?</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xlsx *.xls *.csv *.docx *.doc *.odt *.ods *.txt);;All files (*)</source>
      <translation>Preuves (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xlsx *.xls *.csv *.docx *.doc *.odt *.ods *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Follow-up overdue since %1.</source>
      <translation>Suivi en retard depuis le %1.</translation>
    </message>
    <message>
      <source>IUCN Director General</source>
      <translation>Directeur général de l'UICN</translation>
    </message>
    <message>
      <source>Key facts and statistics</source>
      <translation>Faits et statistiques clés</translation>
    </message>
    <message>
      <source>Letter request</source>
      <translation>Demande de lettre</translation>
    </message>
    <message>
      <source>Letter request: %1</source>
      <translation>Demande de lettre : %1</translation>
    </message>
    <message>
      <source>Ministry, company or body the letter goes to</source>
      <translation>Ministère, entreprise ou organisme auquel la lettre est adressée</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otes :</translation>
    </message>
    <message>
      <source>New follow-up:</source>
      <translation>Nouveau suivi :</translation>
    </message>
    <message>
      <source>New letter request</source>
      <translation>Nouvelle demande de lettre</translation>
    </message>
    <message>
      <source>Next &amp;follow-up:</source>
      <translation>Prochain &amp;suivi :</translation>
    </message>
    <message>
      <source>No evidence files yet. Add reports, photos or spreadsheets that support the request.</source>
      <translation>Pas encore de preuves. Ajoutez des rapports, photos ou tableurs qui appuient la demande.</translation>
    </message>
    <message>
      <source>No further steps: the request is %1.</source>
      <translation>Plus d'étape : la demande est %1.</translation>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>Pas encore enregistré</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>O&amp;utcome</source>
      <translation>Rés&amp;ultat</translation>
    </message>
    <message>
      <source>Open a copy of the selected file with the system viewer</source>
      <translation>Ouvrir une copie du fichier sélectionné avec la visionneuse du système</translation>
    </message>
    <message>
      <source>Optional: who, what was agreed, reference number</source>
      <translation>Facultatif : qui, ce qui a été convenu, numéro de référence</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Re&amp;quest</source>
      <translation>De&amp;mande</translation>
    </message>
    <message>
      <source>Re&amp;quested by:</source>
      <translation>De&amp;mandé par :</translation>
    </message>
    <message>
      <source>Record the next step</source>
      <translation>Enregistrer l'étape suivante</translation>
    </message>
    <message>
      <source>Record this step on the date above</source>
      <translation>Enregistrer cette étape à la date ci-dessus</translation>
    </message>
    <message>
      <source>Red &amp;List category:</source>
      <translation>Catégorie de la &amp;Liste rouge :</translation>
    </message>
    <message>
      <source>Remove the selected file from this request</source>
      <translation>Retirer le fichier sélectionné de cette demande</translation>
    </message>
    <message>
      <source>Request &amp;date:</source>
      <translation>&amp;Date de la demande :</translation>
    </message>
    <message>
      <source>Request created (draft)</source>
      <translation>Demande créée (brouillon)</translation>
    </message>
    <message>
      <source>Res&amp;ponse:</source>
      <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
      <source>Response &amp;received:</source>
      <translation>Réponse &amp;reçue :</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>SSC Chair</source>
      <translation>Président de la CSE</translation>
    </message>
    <message>
      <source>Save &amp;brief as PDF…</source>
      <translation>Enregistrer la &amp;note en PDF…</translation>
    </message>
    <message>
      <source>Save the request brief</source>
      <translation>Enregistrer la note de la demande</translation>
    </message>
    <message>
      <source>Set a date to follow the request up</source>
      <translation>Fixer une date de suivi de la demande</translation>
    </message>
    <message>
      <source>Set the next follow-up date with this step</source>
      <translation>Fixer la prochaine date de suivi avec cette étape</translation>
    </message>
    <message>
      <source>Si&amp;gnatories:</source>
      <translation>Si&amp;gnataires :</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Sta&amp;keholders:</source>
      <translation>Parties pre&amp;nantes :</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Summary of the scientific evidence (surveys, publications, assessments)</source>
      <translation>Résumé des preuves scientifiques (inventaires, publications, évaluations)</translation>
    </message>
    <message>
      <source>T&amp;hreat:</source>
      <translation>Me&amp;nace :</translation>
    </message>
    <message>
      <source>The country of the addressee (type to search)</source>
      <translation>Le pays du destinataire (tapez pour chercher)</translation>
    </message>
    <message>
      <source>The day the addressee answered</source>
      <translation>Le jour où le destinataire a répondu</translation>
    </message>
    <message>
      <source>The day the request was made</source>
      <translation>Le jour où la demande a été faite</translation>
    </message>
    <message>
      <source>The day this step happened</source>
      <translation>Le jour où cette étape a eu lieu</translation>
    </message>
    <message>
      <source>The member of the group who asks for the letter</source>
      <translation>Le membre du groupe qui demande la lettre</translation>
    </message>
    <message>
      <source>The member who raised the alert</source>
      <translation>Le membre qui a donné l'alerte</translation>
    </message>
    <message>
      <source>The serious and urgent threat to the species or its habitat</source>
      <translation>La menace grave et urgente pour l'espèce ou son habitat</translation>
    </message>
    <message>
      <source>Up to %1 per file</source>
      <translation>Jusqu'à %1 par fichier</translation>
    </message>
    <message>
      <source>What changed because of the letter</source>
      <translation>Ce qui a changé grâce à la lettre</translation>
    </message>
    <message>
      <source>What the addressee answered</source>
      <translation>Ce que le destinataire a répondu</translation>
    </message>
    <message>
      <source>What the addressee is asked to do</source>
      <translation>Ce qu'il est demandé au destinataire de faire</translation>
    </message>
    <message>
      <source>What the letter is about, in a few words</source>
      <translation>L'objet de la lettre, en quelques mots</translation>
    </message>
    <message>
      <source>Write this request's brief for the Network Coordinator</source>
      <translation>Écrire la note de cette demande pour le coordinateur du réseau</translation>
    </message>
    <message>
      <source>e.g. Giant otter</source>
      <translation>p. ex. loutre géante</translation>
    </message>
    <message>
      <source>e.g. Pteronura brasiliensis</source>
      <translation>p. ex. Pteronura brasiliensis</translation>
    </message>
    <message>
      <source>on</source>
      <translation>le</translation>
    </message>
    <message>
      <source>who co-signs, e.g. WCPA Chair</source>
      <translation>qui cosigne, p. ex. président de la CMAP</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>yyyy-MM-dd</translation>
    </message>
  </context>
  <context>
    <name>LetterOps</name>
    <message>
      <source>Add an evidence file</source>
      <translation>Ajouter une preuve</translation>
    </message>
    <message>
      <source>Delete letter request</source>
      <translation>Supprimer la demande de lettre</translation>
    </message>
    <message>
      <source>Edit letter request</source>
      <translation>Modifier la demande de lettre</translation>
    </message>
    <message>
      <source>Exporting letter requests…</source>
      <translation>Export des demandes de lettre…</translation>
    </message>
    <message>
      <source>New letter request</source>
      <translation>Nouvelle demande de lettre</translation>
    </message>
    <message>
      <source>Record a step</source>
      <translation>Enregistrer une étape</translation>
    </message>
    <message>
      <source>Remove an evidence file</source>
      <translation>Retirer une preuve</translation>
    </message>
    <message>
      <source>Writing the brief…</source>
      <translation>Rédaction de la note…</translation>
    </message>
  </context>
  <context>
    <name>LettersModel</name>
    <message>
      <source>%n days</source>
      <translation>%n jours</translation>
    </message>
    <message>
      <source>(overdue by %1)</source>
      <translation>(en retard de %1)</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <source>Addressee</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Détenu par</translation>
    </message>
    <message>
      <source>In this state</source>
      <translation>Dans cet état</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Prochain suivi</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>Species</source>
      <translation>Espèce</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The follow-up date has passed: contact the addressee or the Chair's Office, then set a new date.</source>
      <translation>La date de suivi est passée : contactez le destinataire ou le bureau du président, puis fixez une nouvelle date.</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>Waits for %1</source>
      <translation>Attend %1</translation>
    </message>
    <message>
      <source>today</source>
      <translation>aujourd'hui</translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message>
      <source>%1 of %2 requests shown; %3 open.</source>
      <translation>%1 demandes affichées sur %2 ; %3 ouvertes.</translation>
    </message>
    <message>
      <source>%1 request(s) written to %2</source>
      <translation>%1 demande(s) écrite(s) dans %2</translation>
    </message>
    <message numerus="yes">
      <source>%n follow-up(s) overdue: contact the addressee or the Chair's Office.</source>
      <translation>
        <numerusform>%n suivi en retard : contactez le destinataire ou le bureau du président.</numerusform>
        <numerusform>%n suivis en retard : contactez le destinataire ou le bureau du président.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
      <source>&amp;New request…</source>
      <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>All species</source>
      <translation>Toutes les espèces</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>Brief saved to %1</source>
      <translation>Note enregistrée dans %1</translation>
    </message>
    <message>
      <source>Clear the search and every filter</source>
      <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
      <source>Delete '%1' with its steps and %2 attachment(s)? Files no other request uses are removed from the attachment folder. Undo brings back the record, not those files.</source>
      <translation>Supprimer « %1 » avec ses étapes et %2 pièce(s) jointe(s) ? Les fichiers qu'aucune autre demande n'utilise sont retirés du dossier des pièces jointes. Annuler rétablit la fiche, pas ces fichiers.</translation>
    </message>
    <message>
      <source>Delete request</source>
      <translation>Supprimer la demande</translation>
    </message>
    <message>
      <source>Delete the selected request with its steps and attachments</source>
      <translation>Supprimer la demande sélectionnée avec ses étapes et pièces jointes</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export letter requests</source>
      <translation>Exporter les demandes de lettre</translation>
    </message>
    <message>
      <source>New request…</source>
      <translation>Nouvelle demande…</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Pas encore de groupe. Créez votre groupe avec Fichier ▸ Nouveau groupe…, ou ouvrez le groupe de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
      <source>No letter requests yet. When a member raises an alert about a serious, urgent threat, choose New request… to start one.</source>
      <translation>Pas encore de demande de lettre. Quand un membre donne l'alerte sur une menace grave et urgente, choisissez Nouvelle demande… pour en commencer une.</translation>
    </message>
    <message>
      <source>No request matches the filters. Choose Show all to see every request.</source>
      <translation>Aucune demande ne correspond aux filtres. Choisissez Tout afficher pour voir toutes les demandes.</translation>
    </message>
    <message>
      <source>Only &amp;overdue follow-ups</source>
      <translation>Seulement les suivis en &amp;retard</translation>
    </message>
    <message>
      <source>Open requests</source>
      <translation>Demandes ouvertes</translation>
    </message>
    <message>
      <source>Open the selected request (Enter or double-click)</source>
      <translation>Ouvrir la demande sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Register a new intervention letter request (Ctrl+N)</source>
      <translation>Enregistrer une nouvelle demande de lettre d'intervention (Ctrl+N)</translation>
    </message>
    <message>
      <source>Save &amp;brief as PDF…</source>
      <translation>Enregistrer la &amp;note en PDF…</translation>
    </message>
    <message>
      <source>Save the request brief</source>
      <translation>Enregistrer la note de la demande</translation>
    </message>
    <message>
      <source>Search title, addressee, species…</source>
      <translation>Chercher titre, destinataire, espèce…</translation>
    </message>
    <message>
      <source>Show &amp;all</source>
      <translation>Tout &amp;afficher</translation>
    </message>
    <message>
      <source>Show only open requests whose follow-up date has passed</source>
      <translation>Afficher seulement les demandes ouvertes dont la date de suivi est passée</translation>
    </message>
    <message>
      <source>Show requests about this species</source>
      <translation>Afficher les demandes concernant cette espèce</translation>
    </message>
    <message>
      <source>Show requests at this step of the review</source>
      <translation>Afficher les demandes à cette étape de l'examen</translation>
    </message>
    <message>
      <source>Write every request of the group to an Excel workbook</source>
      <translation>Écrire toutes les demandes du groupe dans un classeur Excel</translation>
    </message>
    <message>
      <source>Write the selected request's brief for the Network Coordinator</source>
      <translation>Écrire la note de la demande sélectionnée pour le coordinateur du réseau</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About SSC Desktop</source>
      <translation>À &amp;propos de SSC Desktop</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;Export roster…</source>
      <translation>&amp;Exporter la liste des membres…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>&amp;Group</source>
      <translation>&amp;Groupe</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Import roster…</source>
      <translation>&amp;Importer une liste des membres…</translation>
    </message>
    <message>
      <source>&amp;Merge two records of one person…</source>
      <translation>&amp;Fusionner deux fiches d'une même personne…</translation>
    </message>
    <message>
      <source>&amp;New group…</source>
      <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
      <source>&amp;Quadrennium</source>
      <translation>&amp;Quadriennat</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <source>&amp;Roster</source>
      <translation>&amp;Membres</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>About SSC Desktop</source>
      <translation>À propos de SSC Desktop</translation>
    </message>
    <message>
      <source>All quadrennia</source>
      <translation>Tous les quadriennats</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
      <source>Last backup: never</source>
      <translation>Dernière sauvegarde : jamais</translation>
    </message>
    <message>
      <source>Last backup: {when}</source>
      <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
      <source>No group yet</source>
      <translation>Pas encore de groupe</translation>
    </message>
    <message>
      <source>One person entered twice (two e-mail addresses): keep one record with both histories; one undo step</source>
      <translation>Une personne saisie deux fois (deux adresses électroniques) : garder une seule fiche avec les deux historiques ; une seule étape d'annulation</translation>
    </message>
    <message>
      <source>Open an SSC Desktop database</source>
      <translation>Ouvrir une base de données SSC Desktop</translation>
    </message>
    <message>
      <source>Open invented demo groups in a database of their own, to try things without touching your roster</source>
      <translation>Ouvrir des groupes de démonstration inventés dans une base de données à part, pour essayer sans toucher à votre liste des membres</translation>
    </message>
    <message>
      <source>Open the &amp;demo group</source>
      <translation>Ouvrir le groupe de &amp;démonstration</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>SSC Desktop</source>
      <translation>SSC Desktop</translation>
    </message>
    <message>
      <source>SSC Desktop databases (*.sqlite *.db);;All files (*)</source>
      <translation>Bases de données SSC Desktop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>SSC Desktop {version}

SSC Desktop keeps the roster of an IUCN Species Survival Commission group on this computer, offline.

Database: {path}
Data folder: {folder}
Log file: {log}</source>
      <translation>SSC Desktop {version}

SSC Desktop conserve la liste des membres d'un groupe de la Commission de la sauvegarde des espèces de l'UICN sur cet ordinateur, hors ligne.

Base de données : {path}
Dossier des données : {folder}
Fichier journal : {log}</translation>
    </message>
    <message>
      <source>{group} — SSC Desktop</source>
      <translation>{group} — SSC Desktop</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceOps</name>
    <message>
      <source>Backing up</source>
      <translation>Sauvegarde</translation>
    </message>
  </context>
  <context>
    <name>MemberEditor</name>
    <message>
      <source>&amp;Alternate e-mail</source>
      <translation>Courriel &amp;secondaire</translation>
    </message>
    <message>
      <source>&amp;Country of residence</source>
      <translation>&amp;Pays de résidence</translation>
    </message>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Détails</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Courriel</translation>
    </message>
    <message>
      <source>&amp;Family name</source>
      <translation>&amp;Nom de famille</translation>
    </message>
    <message>
      <source>&amp;Given name(s)</source>
      <translation>&amp;Prénom(s)</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <source>&amp;IUCN username</source>
      <translation>Nom d'utilisateur &amp;UICN</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>&amp;Langues</translation>
    </message>
    <message>
      <source>&amp;Nationality</source>
      <translation>&amp;Nationalité</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <source>&amp;Position</source>
      <translation>&amp;Fonction</translation>
    </message>
    <message>
      <source>&amp;Region</source>
      <translation>&amp;Région</translation>
    </message>
    <message>
      <source>&amp;Roles</source>
      <translation>&amp;Rôles</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Statut :</translation>
    </message>
    <message>
      <source>, ended {day}</source>
      <translation>, terminée le {day}</translation>
    </message>
    <message>
      <source>, since {day}</source>
      <translation>, depuis le {day}</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>Ajouter un membre</translation>
    </message>
    <message>
      <source>Age &amp;band</source>
      <translation>&amp;Tranche d'âge</translation>
    </message>
    <message>
      <source>Anonymise {name}</source>
      <translation>Anonymiser {name}</translation>
    </message>
    <message>
      <source>Anonymise…</source>
      <translation>Anonymiser…</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>Avant → après</translation>
    </message>
    <message>
      <source>Code of Conduct &amp;accepted on</source>
      <translation>Code de conduite &amp;accepté le</translation>
    </message>
    <message>
      <source>Conflict of interest &amp;declared on</source>
      <translation>Conflit d'intérêts &amp;déclaré le</translation>
    </message>
    <message>
      <source>E&amp;xpertise</source>
      <translation>E&amp;xpertise</translation>
    </message>
    <message>
      <source>Engages in CITES discussions</source>
      <translation>Participe aux discussions de la CITES</translation>
    </message>
    <message>
      <source>Enter at least the given name(s) and the family name.</source>
      <translation>Saisissez au moins le ou les prénoms et le nom de famille.</translation>
    </message>
    <message>
      <source>Export personal data…</source>
      <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
      <source>Export the personal data of {name}</source>
      <translation>Exporter les données personnelles de {name}</translation>
    </message>
    <message>
      <source>Ge&amp;nder</source>
      <translation>Ge&amp;nre</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Membre</translation>
    </message>
    <message>
      <source>Member of an SSC committee</source>
      <translation>Membre d'un comité de la CSE</translation>
    </message>
    <message>
      <source>Member: {given} {family}</source>
      <translation>Membre : {given} {family}</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <source>Name as &amp;written</source>
      <translation>Nom tel qu'é&amp;crit</translation>
    </message>
    <message>
      <source>New member of the group for this quadrennium.</source>
      <translation>Nouveau membre du groupe pour ce quadriennat.</translation>
    </message>
    <message>
      <source>No recorded changes yet.</source>
      <translation>Pas encore de modification enregistrée.</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>Non indiqué</translation>
    </message>
    <message>
      <source>Only a departed member can be anonymised: end the membership first.</source>
      <translation>Seul un membre parti peut être anonymisé : mettez d'abord fin à l'adhésion.</translation>
    </message>
    <message>
      <source>Optional and private: only for the group's diversity figures</source>
      <translation>Facultatif et privé : uniquement pour les chiffres de diversité du groupe</translation>
    </message>
    <message>
      <source>Replace this departed member's identifying data everywhere, keeping only region, gender, age band, dates and statuses for the figures.</source>
      <translation>Remplacer partout les données identifiantes de ce membre parti, en ne gardant que la région, le genre, la tranche d'âge, les dates et les statuts pour les chiffres.</translation>
    </message>
    <message>
      <source>Replace {name}'s name, addresses, organisation and notes everywhere, history and change log included? Region, gender, age band, dates and statuses are kept for the figures. This cannot be undone.</source>
      <translation>Remplacer partout le nom, les adresses, l'organisation et les notes de {name}, historique et journal des modifications compris ? La région, le genre, la tranche d'âge, les dates et les statuts sont gardés pour les chiffres. Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Roles this member holds in the group now. A role you untick ends today; its history is kept.</source>
      <translation>Rôles que ce membre occupe actuellement dans le groupe. Un rôle que vous décochez prend fin aujourd'hui ; son historique est gardé.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Statut :</translation>
    </message>
    <message>
      <source>Step: {operation}</source>
      <translation>Étape : {operation}</translation>
    </message>
    <message>
      <source>The IUCN statutory region; normally the one of the country</source>
      <translation>La région statutaire de l'UICN ; normalement celle du pays</translation>
    </message>
    <message>
      <source>The country's region</source>
      <translation>La région du pays</translation>
    </message>
    <message>
      <source>The history starts when the member is saved.</source>
      <translation>L'historique commence quand le membre est enregistré.</translation>
    </message>
    <message>
      <source>The name in the person's own script and order</source>
      <translation>Le nom dans l'écriture et l'ordre propres à la personne</translation>
    </message>
    <message>
      <source>The status the new member starts with</source>
      <translation>Le statut avec lequel le nouveau membre commence</translation>
    </message>
    <message>
      <source>The username in the IUCN Commission System</source>
      <translation>Le nom d'utilisateur dans le Commission System de l'UICN</translation>
    </message>
    <message>
      <source>Tick at least one role on the Roles tab (Member, for most people).</source>
      <translation>Cochez au moins un rôle dans l'onglet Rôles (Membre, pour la plupart des personnes).</translation>
    </message>
    <message>
      <source>Type to find a country; the region follows from it</source>
      <translation>Tapez pour trouver un pays ; la région en découle</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>Write everything held about this person (history included) to a JSON file, with a readable PDF beside it: the answer to a request for their data.</source>
      <translation>Écrire tout ce qui est conservé sur cette personne (historique compris) dans un fichier JSON, avec un PDF lisible à côté : la réponse à une demande d'accès à ses données.</translation>
    </message>
    <message>
      <source>Wrote {json} and {pdf}.</source>
      <translation>{json} et {pdf} écrits.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>e.g. English, Spanish</source>
      <translation>p. ex. anglais, espagnol</translation>
    </message>
    <message>
      <source>in their own script, e.g. Иван Иванов</source>
      <translation>dans son écriture, p. ex. Иван Иванов</translation>
    </message>
    <message>
      <source>keywords, separated by commas</source>
      <translation>mots-clés, séparés par des virgules</translation>
    </message>
    <message>
      <source>name@example.org</source>
      <translation>nom@exemple.org</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>tapez pour trouver un pays</translation>
    </message>
    <message>
      <source>{label}: '{text}' is not a date; write it as YYYY-MM-DD, for example 2025-03-31.</source>
      <translation>{label} : « {text} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2025-03-31.</translation>
    </message>
    <message>
      <source>{label}: '{text}' is not in the list of countries; choose a country from the list.</source>
      <translation>{label} : « {text} » n'est pas dans la liste des pays ; choisissez un pays dans la liste.</translation>
    </message>
    <message>
      <source>{status} · quadrennium {term}{since}{ended}</source>
      <translation>{status} · quadriennat {term}{since}{ended}</translation>
    </message>
  </context>
  <context>
    <name>MemberOnboardingTab</name>
    <message>
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>&amp;Save declarations</source>
      <translation>&amp;Enregistrer les déclarations</translation>
    </message>
    <message>
      <source>Code of Conduct &amp;accepted on</source>
      <translation>Code de conduite &amp;accepté le</translation>
    </message>
    <message>
      <source>Conflict of interest &amp;declared on</source>
      <translation>Conflit d'intérêts &amp;déclaré le</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Engages in &amp;CITES discussions</source>
      <translation>Participe aux discussions de la &amp;CITES</translation>
    </message>
    <message>
      <source>Mark as &amp;unread</source>
      <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
      <source>Mark selected as &amp;read</source>
      <translation>Marquer la sélection comme &amp;lue</translation>
    </message>
    <message>
      <source>Onboarding complete.</source>
      <translation>Intégration terminée.</translation>
    </message>
    <message>
      <source>Part of a Co&amp;mmittee</source>
      <translation>Membre d'un co&amp;mité</translation>
    </message>
    <message>
      <source>Read &amp;on</source>
      <translation>Lu &amp;le</translation>
    </message>
    <message>
      <source>Read on</source>
      <translation>Lu le</translation>
    </message>
    <message>
      <source>Still to do: {0}.</source>
      <translation>Reste à faire : {0}.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>pas encore</translation>
    </message>
  </context>
  <context>
    <name>MemberTargetsTab</name>
    <message numerus="yes">
      <source>%n target(s) need(s) a new focal point: this person's membership has ended.</source>
      <translation>
        <numerusform>%n objectif doit avoir un nouveau point focal : l'adhésion de cette personne a pris fin.</numerusform>
        <numerusform>%n objectifs doivent avoir un nouveau point focal : l'adhésion de cette personne a pris fin.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Focal point for %n target(s).</source>
      <translation>
        <numerusform>Point focal pour %n objectif.</numerusform>
        <numerusform>Point focal pour %n objectifs.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not a focal point for any target. Name focal points in the target editor on the Targets page.</source>
      <translation>Point focal d'aucun objectif. Désignez les points focaux dans l'éditeur d'objectif de la page Objectifs.</translation>
    </message>
  </context>
  <context>
    <name>MergePeople</name>
    <message>
      <source>&amp;Keep (e-mail)</source>
      <translation>&amp;Garder (courriel)</translation>
    </message>
    <message>
      <source>&amp;Merge into it (e-mail)</source>
      <translation>&amp;Fusionner dans celle-ci (courriel)</translation>
    </message>
    <message>
      <source>Merge people</source>
      <translation>Fusionner des personnes</translation>
    </message>
    <message>
      <source>Two records of one person (imported under two e-mail addresses, for instance) become one. The person you keep takes over the other's memberships, roles, history, invitations, targets and letters; their empty fields are filled from the other record, whose address becomes the alternate one.</source>
      <translation>Deux fiches d'une même personne (importée sous deux adresses électroniques, par exemple) n'en font plus qu'une. La personne gardée reprend les adhésions, rôles, historique, invitations, objectifs et lettres de l'autre ; ses champs vides sont remplis depuis l'autre fiche, dont l'adresse devient l'adresse secondaire.</translation>
    </message>
    <message>
      <source>the address of the record that disappears</source>
      <translation>l'adresse de la fiche qui disparaît</translation>
    </message>
    <message>
      <source>the address of the record to keep</source>
      <translation>l'adresse de la fiche à garder</translation>
    </message>
  </context>
  <context>
    <name>MergePeopleDialog</name>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Fusionner</translation>
    </message>
    <message>
      <source>Enter both addresses.</source>
      <translation>Saisissez les deux adresses.</translation>
    </message>
    <message>
      <source>{merge} ({merge_email}) will be merged into {keep} ({keep_email}), with {count} membership(s). Undo (Ctrl+Z) takes the merge back.</source>
      <translation>{merge} ({merge_email}) sera fusionné dans {keep} ({keep_email}), avec {count} adhésion(s). Annuler (Ctrl+Z) revient sur la fusion.</translation>
    </message>
  </context>
  <context>
    <name>NavigationCounts</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>NewGroup</name>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Courriel</translation>
    </message>
    <message>
      <source>&amp;Family name</source>
      <translation>&amp;Nom de famille</translation>
    </message>
    <message>
      <source>&amp;Given name(s)</source>
      <translation>&amp;Prénom(s)</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;Short code</source>
      <translation>&amp;Code court</translation>
    </message>
    <message>
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <source>Create your group</source>
      <translation>Créer votre groupe</translation>
    </message>
    <message>
      <source>Ta&amp;xonomic set</source>
      <translation>Ensemble ta&amp;xonomique</translation>
    </message>
    <message>
      <source>The group</source>
      <translation>Le groupe</translation>
    </message>
    <message>
      <source>You, the chair</source>
      <translation>Vous, le président</translation>
    </message>
    <message>
      <source>e.g. OSG</source>
      <translation>p. ex. OSG</translation>
    </message>
    <message>
      <source>e.g. Otter Specialist Group</source>
      <translation>p. ex. Groupe de spécialistes des loutres</translation>
    </message>
    <message>
      <source>name@example.org</source>
      <translation>nom@exemple.org</translation>
    </message>
  </context>
  <context>
    <name>NewGroupDialog</name>
    <message>
      <source>Create group</source>
      <translation>Créer le groupe</translation>
    </message>
    <message>
      <source>Enter the group's name and short code, and your own name and e-mail.</source>
      <translation>Saisissez le nom et le code court du groupe, ainsi que votre nom et votre courriel.</translation>
    </message>
    <message>
      <source>Enter your e-mail, so members' replies reach you.</source>
      <translation>Saisissez votre courriel, pour que les réponses des membres vous parviennent.</translation>
    </message>
    <message>
      <source>None (a cross-cutting group)</source>
      <translation>Aucun (groupe transversal)</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Redo {step}</source>
      <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Undo {step}</source>
      <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>PipelineModel</name>
    <message>
      <source>%1 (last %2)</source>
      <translation>%1 (dernier le %2)</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Déclinée</translation>
    </message>
    <message>
      <source>Past the deadline with no answer</source>
      <translation>Échéance passée sans réponse</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>No update yet</source>
      <translation>Pas encore de mise à jour</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Non fait</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Pas commencé</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>The database {path} cannot be opened ({reason}). Check the folder exists and you may write to it.</source>
      <translation>La base de données {path} ne peut pas être ouverte ({reason}). Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
  </context>
  <context>
    <name>RenewalWizard</name>
    <message>
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <source>&amp;Add role</source>
      <translation>&amp;Ajouter un rôle</translation>
    </message>
    <message>
      <source>&amp;Answer within</source>
      <translation>&amp;Répondre sous</translation>
    </message>
    <message>
      <source>&amp;Do not re-appoint selected</source>
      <translation>&amp;Ne pas reconduire la sélection</translation>
    </message>
    <message>
      <source>&amp;Into</source>
      <translation>&amp;Vers</translation>
    </message>
    <message>
      <source>&amp;Re-invite selected</source>
      <translation>&amp;Réinviter la sélection</translation>
    </message>
    <message>
      <source>&amp;Via</source>
      <translation>&amp;Par</translation>
    </message>
    <message>
      <source>(no quadrennium)</source>
      <translation>(aucun quadriennat)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Renew the &lt;b&gt;{0}&lt;/b&gt; from {1} into &lt;b&gt;{2}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{3}&lt;/b&gt; re-invited: their {1} membership ends as &lt;i&gt;Term ended&lt;/i&gt;, and each gets a new {2} membership as &lt;i&gt;Invited&lt;/i&gt; with a renewal invitation sent on {4}, to be answered within {5} days.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{6}&lt;/b&gt; not re-appointed: their {1} membership ends as &lt;i&gt;Not re-appointed&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{7}&lt;/b&gt; already entered in {2}: their {1} membership ends as &lt;i&gt;Term ended&lt;/i&gt;; their {2} membership stays as it is.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The {1} roster and its history stay as they are. Undo (Ctrl+Z) reverses the whole renewal.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Renouveler le &lt;b&gt;{0}&lt;/b&gt; de {1} vers &lt;b&gt;{2}&lt;/b&gt; :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{3}&lt;/b&gt; réinvités : leur adhésion {1} se termine comme &lt;i&gt;Mandat terminé&lt;/i&gt;, et chacun reçoit une nouvelle adhésion {2} comme &lt;i&gt;Invité&lt;/i&gt; avec une invitation de renouvellement envoyée le {4}, à laquelle répondre sous {5} jours.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{6}&lt;/b&gt; non reconduits : leur adhésion {1} se termine comme &lt;i&gt;Non reconduit&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{7}&lt;/b&gt; déjà saisis dans {2} : leur adhésion {1} se termine comme &lt;i&gt;Mandat terminé&lt;/i&gt; ; leur adhésion {2} reste telle quelle.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La liste des membres {1} et son historique restent tels quels. Annuler (Ctrl+Z) revient sur tout le renouvellement.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>At the start of every quadrennium each group is reconstituted and every member is invited again. Nothing changes until the last page.</source>
      <translation>Au début de chaque quadriennat, chaque groupe est reconstitué et chaque membre est invité de nouveau. Rien ne change avant la dernière page.</translation>
    </message>
    <message>
      <source>Every current member is listed. Tick who is re-invited; select several rows to change decisions or roles at once.</source>
      <translation>Chaque membre actuel est listé. Cochez qui est réinvité ; sélectionnez plusieurs lignes pour changer des décisions ou des rôles d'un coup.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Invitations &amp;sent on</source>
      <translation>Invitations &amp;envoyées le</translation>
    </message>
    <message>
      <source>Nobody in {0} is a current member; there is nobody to carry forward.</source>
      <translation>Personne dans {0} n'est membre actuel ; il n'y a personne à faire passer.</translation>
    </message>
    <message>
      <source>One step, undoable with Ctrl+Z. The old quadrennium keeps its members and history.</source>
      <translation>Une seule étape, annulable avec Ctrl+Z. L'ancien quadriennat garde ses membres et son historique.</translation>
    </message>
    <message>
      <source>Re&amp;move role</source>
      <translation>Reti&amp;rer le rôle</translation>
    </message>
    <message>
      <source>Renew</source>
      <translation>Renouveler</translation>
    </message>
    <message>
      <source>Renew the group for the next quadrennium</source>
      <translation>Renouveler le groupe pour le prochain quadriennat</translation>
    </message>
    <message>
      <source>There is no later quadrennium to renew into. Add the next one on the Invitations page (Add quadrennium…) or with 'ssc-desktop quadrennium add'.</source>
      <translation>Il n'y a pas de quadriennat ultérieur vers lequel renouveler. Ajoutez le prochain sur la page Invitations (Ajouter un quadriennat…) ou avec « ssc-desktop quadrennium add ».</translation>
    </message>
    <message>
      <source>Which quadrennium?</source>
      <translation>Quel quadriennat ?</translation>
    </message>
    <message>
      <source>Who is re-invited?</source>
      <translation>Qui est réinvité ?</translation>
    </message>
    <message>
      <source>{0} re-invited, {1} not re-appointed</source>
      <translation>{0} réinvité(s), {1} non reconduit(s)</translation>
    </message>
    <message>
      <source>{0} re-invited, {1} not re-appointed, {2} already entered</source>
      <translation>{0} réinvité(s), {1} non reconduit(s), {2} déjà saisi(s)</translation>
    </message>
  </context>
  <context>
    <name>ReportOps</name>
    <message>
      <source>Generating the quarterly report…</source>
      <translation>Génération du rapport trimestriel…</translation>
    </message>
    <message>
      <source>Writing the annual report…</source>
      <translation>Rédaction du rapport annuel…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>%1 (to date)</source>
      <translation>%1 (à ce jour)</translation>
    </message>
    <message>
      <source>%1, %2: %3 pages.</source>
      <translation>%1, %2 : %3 pages.</translation>
    </message>
    <message>
      <source>&amp;Generate preview</source>
      <translation>&amp;Générer l'aperçu</translation>
    </message>
    <message>
      <source>&amp;Invitations</source>
      <translation>&amp;Invitations</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Membership at a glance</source>
      <translation>&amp;Adhésions en un coup d'œil</translation>
    </message>
    <message>
      <source>&amp;Onboarding</source>
      <translation>&amp;Intégration des membres</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier :</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>&amp;Trimestre :</translation>
    </message>
    <message>
      <source>&amp;Roster appendix</source>
      <translation>&amp;Annexe : liste des membres</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation>&amp;Objectifs</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Année :</translation>
    </message>
    <message>
      <source>A calendar quarter; figures are as they stood on its last day</source>
      <translation>Un trimestre civil ; les chiffres sont ceux de son dernier jour</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Annual report to the SSC</source>
      <translation>Rapport annuel à la CSE</translation>
    </message>
    <message>
      <source>Cancelled; no report was generated.</source>
      <translation>Annulé ; aucun rapport n'a été généré.</translation>
    </message>
    <message>
      <source>Choose a quarter and the sections, then generate a preview.</source>
      <translation>Choisissez un trimestre et les sections, puis générez un aperçu.</translation>
    </message>
    <message>
      <source>Gender and age &amp;balance</source>
      <translation>&amp;Équilibre des genres et des âges</translation>
    </message>
    <message>
      <source>Generating the report…</source>
      <translation>Génération du rapport…</translation>
    </message>
    <message>
      <source>Group:</source>
      <translation>Groupe :</translation>
    </message>
    <message>
      <source>Intervention &amp;letters</source>
      <translation>&amp;Lettres d'intervention</translation>
    </message>
    <message>
      <source>No group yet: a report is about one group. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Pas encore de groupe : un rapport porte sur un groupe. Créez votre groupe avec Fichier ▸ Nouveau groupe…, ou ouvrez le groupe de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>Aucun pour l'instant</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Quarterly report</source>
      <translation>Rapport trimestriel</translation>
    </message>
    <message>
      <source>Save &amp;annual report…</source>
      <translation>Enregistrer le rapport &amp;annuel…</translation>
    </message>
    <message>
      <source>Save the annual report</source>
      <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
      <source>Save the report as PDF</source>
      <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
      <source>Saved the annual report %1 to %2 and %3.</source>
      <translation>Rapport annuel %1 enregistré dans %2 et %3.</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>Enregistré dans %1.</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Sent %1 pages to the printer.</source>
      <translation>%1 pages envoyées à l'imprimante.</translation>
    </message>
    <message>
      <source>The group chosen at the top of the window</source>
      <translation>Le groupe choisi en haut de la fenêtre</translation>
    </message>
    <message>
      <source>The language the quarterly and annual reports are written in, whatever the window's language</source>
      <translation>La langue dans laquelle les rapports trimestriels et annuels sont rédigés, quelle que soit celle de la fenêtre</translation>
    </message>
    <message>
      <source>The printer could not be opened.</source>
      <translation>L'imprimante n'a pas pu être ouverte.</translation>
    </message>
    <message>
      <source>The report could not be generated.</source>
      <translation>Le rapport n'a pas pu être généré.</translation>
    </message>
    <message>
      <source>The report could not be saved to %1 (%2); choose another folder.</source>
      <translation>Le rapport n'a pas pu être enregistré dans %1 (%2) ; choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>The settings changed: generate the preview again before saving or printing.</source>
      <translation>Les réglages ont changé : générez de nouveau l'aperçu avant d'enregistrer ou d'imprimer.</translation>
    </message>
    <message>
      <source>Tick at least one section to print.</source>
      <translation>Cochez au moins une section à imprimer.</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <source>Warning: %1</source>
      <translation>Avertissement : %1</translation>
    </message>
    <message>
      <source>Write the group's annual report for the SSC as a PDF, with the same tables in a workbook beside it</source>
      <translation>Écrire le rapport annuel du groupe pour la CSE en PDF, avec les mêmes tableaux dans un classeur à côté</translation>
    </message>
  </context>
  <context>
    <name>RosterFilter</name>
    <message>
      <source>Onboarding: {summary}</source>
      <translation>Intégration : {summary}</translation>
    </message>
    <message>
      <source>⚠ Focal point for 1 target: needs replacing</source>
      <translation>⚠ Point focal pour 1 objectif : à remplacer</translation>
    </message>
    <message>
      <source>⚠ Focal point for {n} targets: needs replacing</source>
      <translation>⚠ Point focal pour {n} objectifs : à remplacer</translation>
    </message>
  </context>
  <context>
    <name>RosterModel</name>
    <message>
      <source>Writes their name as: {name}</source>
      <translation>Écrit son nom ainsi : {name}</translation>
    </message>
  </context>
  <context>
    <name>RosterOps</name>
    <message>
      <source>Add member</source>
      <translation>Ajouter un membre</translation>
    </message>
    <message>
      <source>Anonymise a person</source>
      <translation>Anonymiser une personne</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>Modifier le membre</translation>
    </message>
    <message>
      <source>End membership</source>
      <translation>Mettre fin à l'adhésion</translation>
    </message>
    <message>
      <source>Mark a document unread</source>
      <translation>Marquer un document comme non lu</translation>
    </message>
    <message>
      <source>Mark documents read</source>
      <translation>Marquer des documents comme lus</translation>
    </message>
    <message>
      <source>Merge people</source>
      <translation>Fusionner des personnes</translation>
    </message>
    <message>
      <source>Save declarations</source>
      <translation>Enregistrer les déclarations</translation>
    </message>
  </context>
  <context>
    <name>RosterPage</name>
    <message>
      <source>&amp;Add member…</source>
      <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
      <source>&amp;Clear search and filters</source>
      <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
      <source>&amp;End membership…</source>
      <translation>&amp;Mettre fin à l'adhésion…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>Active members</source>
      <translation>Membres actifs</translation>
    </message>
    <message>
      <source>Add a member to this group (Ctrl+N)</source>
      <translation>Ajouter un membre à ce groupe (Ctrl+N)</translation>
    </message>
    <message>
      <source>Add member…</source>
      <translation>Ajouter un membre…</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Tous les membres</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>Toutes les régions</translation>
    </message>
    <message>
      <source>All roles</source>
      <translation>Tous les rôles</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Choose a group and a quadrennium (not 'All quadrennia') before adding a member.</source>
      <translation>Choisissez un groupe et un quadriennat (pas « Tous les quadriennats ») avant d'ajouter un membre.</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>End membership…</source>
      <translation>Mettre fin à l'adhésion…</translation>
    </message>
    <message>
      <source>End the selected membership, with a reason and a date (Delete)</source>
      <translation>Mettre fin à l'adhésion sélectionnée, avec un motif et une date (Suppr)</translation>
    </message>
    <message>
      <source>Ended memberships</source>
      <translation>Adhésions terminées</translation>
    </message>
    <message>
      <source>Export the roster to Excel or CSV (Ctrl+E)</source>
      <translation>Exporter la liste des membres vers Excel ou CSV (Ctrl+E)</translation>
    </message>
    <message>
      <source>Import a roster from Excel or CSV (Ctrl+I)</source>
      <translation>Importer une liste des membres depuis Excel ou CSV (Ctrl+I)</translation>
    </message>
    <message>
      <source>In the pipeline (proposed to accepted)</source>
      <translation>En cours (de proposé à accepté)</translation>
    </message>
    <message>
      <source>Incomplete onboarding</source>
      <translation>Intégration inachevée</translation>
    </message>
    <message>
      <source>Merge these two records of one person…</source>
      <translation>Fusionner ces deux fiches d'une même personne…</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>À traiter</translation>
    </message>
    <message>
      <source>No country given</source>
      <translation>Pays non indiqué</translation>
    </message>
    <message>
      <source>No group is open yet. Create your group with File › New group… or open the demo group.</source>
      <translation>Aucun groupe n'est encore ouvert. Créez votre groupe avec Fichier › Nouveau groupe… ou ouvrez le groupe de démonstration.</translation>
    </message>
    <message>
      <source>No member matches the search and filters. Clear them to see all {total} members.</source>
      <translation>Aucun membre ne correspond à la recherche et aux filtres. Effacez-les pour voir les {total} membres.</translation>
    </message>
    <message>
      <source>No members in this group for this quadrennium yet. Add a member (Ctrl+N) or import your roster from Excel (Ctrl+I).</source>
      <translation>Pas encore de membre dans ce groupe pour ce quadriennat. Ajoutez un membre (Ctrl+N) ou importez votre liste des membres depuis Excel (Ctrl+I).</translation>
    </message>
    <message>
      <source>No members yet.</source>
      <translation>Pas encore de membre.</translation>
    </message>
    <message>
      <source>Nobody here needs attention: every accepted or validated member has finished onboarding, and no target's focal point has left. Choose All members to see all {total} members.</source>
      <translation>Personne ici n'a besoin d'attention : chaque membre accepté ou validé a terminé son intégration, et aucun point focal d'objectif n'est parti. Choisissez Tous les membres pour voir les {total} membres.</translation>
    </message>
    <message>
      <source>Open the selected member (Enter or double-click)</source>
      <translation>Ouvrir le membre sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
      <source>Replace focal point</source>
      <translation>Remplacer le point focal</translation>
    </message>
    <message>
      <source>Search name, e-mail, organisation, country…</source>
      <translation>Chercher nom, courriel, organisation, pays…</translation>
    </message>
    <message>
      <source>Select the two records of one person (Ctrl+click), then merge them</source>
      <translation>Sélectionnez les deux fiches d'une même personne (Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
      <source>Show members holding this role</source>
      <translation>Afficher les membres qui ont ce rôle</translation>
    </message>
    <message>
      <source>Show members living in this IUCN statutory region</source>
      <translation>Afficher les membres qui vivent dans cette région statutaire de l'UICN</translation>
    </message>
    <message>
      <source>Show members with this status</source>
      <translation>Afficher les membres qui ont ce statut</translation>
    </message>
    <message>
      <source>Show only members who need something from you: onboarding not finished, or targets whose focal point has left</source>
      <translation>Afficher seulement les membres qui attendent quelque chose de vous : intégration inachevée, ou objectifs dont le point focal est parti</translation>
    </message>
    <message>
      <source>{shown} of {total} members shown</source>
      <translation>{shown} membres affichés sur {total}</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>The language of the window and of every message it shows; remembered for the next start</source>
      <translation>La langue de la fenêtre et de chaque message qu'elle affiche ; conservée pour le prochain démarrage</translation>
    </message>
    <message>
      <source>The window changes language at once. A dialog that is open keeps its language until it is opened again.</source>
      <translation>La fenêtre change de langue immédiatement. Une boîte de dialogue ouverte garde sa langue jusqu'à ce qu'elle soit rouverte.</translation>
    </message>
  </context>
  <context>
    <name>SettingsOps</name>
    <message>
      <source>Reset e-mail template</source>
      <translation>Rétablir le modèle de courriel</translation>
    </message>
    <message>
      <source>Save e-mail template</source>
      <translation>Enregistrer le modèle de courriel</translation>
    </message>
    <message>
      <source>Save export profile</source>
      <translation>Enregistrer le profil d'export</translation>
    </message>
    <message>
      <source>Save import mapping</source>
      <translation>Enregistrer la correspondance d'import</translation>
    </message>
  </context>
  <context>
    <name>SharedServer</name>
    <message>
      <source>Address of the shared database (from whoever runs the server):</source>
      <translation>Adresse de la base de données partagée (donnée par la personne qui gère le serveur) :</translation>
    </message>
    <message>
      <source>Connected to the server again.</source>
      <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
      <source>Open &amp;shared database…</source>
      <translation>Ouvrir une base de données &amp;partagée…</translation>
    </message>
    <message>
      <source>Open a database on a PostgreSQL server that several officers share</source>
      <translation>Ouvrir une base de données sur un serveur PostgreSQL que plusieurs responsables partagent</translation>
    </message>
    <message>
      <source>Open a shared database</source>
      <translation>Ouvrir une base de données partagée</translation>
    </message>
    <message>
      <source>Password for the shared database</source>
      <translation>Mot de passe de la base de données partagée</translation>
    </message>
    <message>
      <source>SSC Desktop</source>
      <translation>SSC Desktop</translation>
    </message>
    <message>
      <source>Updated: 1 change by {names}</source>
      <translation>Mis à jour : 1 modification par {names}</translation>
    </message>
    <message>
      <source>Updated: {count} changes by {names}</source>
      <translation>Mis à jour : {count} modifications par {names}</translation>
    </message>
  </context>
  <context>
    <name>TargetEditor</name>
    <message>
      <source>%s (no longer an active member)</source>
      <translation>%s (n'est plus membre actif)</translation>
    </message>
    <message>
      <source>&amp;Baseline</source>
      <translation>&amp;Valeur de départ</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>&amp;Focal point</source>
      <translation>&amp;Point focal</translation>
    </message>
    <message>
      <source>&amp;Indicator</source>
      <translation>&amp;Indicateur</translation>
    </message>
    <message>
      <source>&amp;KSR</source>
      <translation>&amp;RCE</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>&amp;Objectif</translation>
    </message>
    <message>
      <source>&amp;Unit</source>
      <translation>&amp;Unité</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
      <source>0</source>
      <translation>0</translation>
    </message>
    <message>
      <source>A &amp;number to reach</source>
      <translation>Un &amp;nombre à atteindre</translation>
    </message>
    <message>
      <source>A yes/no &amp;milestone</source>
      <translation>Une é&amp;tape oui/non</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>É&amp;chéance</translation>
    </message>
    <message>
      <source>Due by the end of the quadrennium (%s) at the latest</source>
      <translation>Échéance au plus tard à la fin du quadriennat (%s)</translation>
    </message>
    <message>
      <source>Edit target</source>
      <translation>Modifier l'objectif</translation>
    </message>
    <message>
      <source>Geographic &amp;scope</source>
      <translation>&amp;Portée géographique</translation>
    </message>
    <message>
      <source>Global</source>
      <translation>Mondiale</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <source>T&amp;arget value</source>
      <translation>&amp;Valeur cible</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>The baseline</source>
      <translation>La valeur de départ</translation>
    </message>
    <message>
      <source>The target value</source>
      <translation>La valeur cible</translation>
    </message>
    <message>
      <source>Where the target applies: Global, a statutory region, or type a country or area. The annual report counts targets by scope.</source>
      <translation>Où la objectif s'applique : Mondiale, une région statutaire, ou saisissez un pays ou une zone. Le rapport annuel compte les objectifs par portée.</translation>
    </message>
    <message>
      <source>short and measurable, e.g. "Assess all 13 otter species for the Red List by 2025"</source>
      <translation>court et mesurable, p. ex. « Évaluer les 13 espèces de loutres pour la Liste rouge d'ici 2025 »</translation>
    </message>
    <message>
      <source>species</source>
      <translation>espèces</translation>
    </message>
    <message>
      <source>what is counted, e.g. "Species assessed"</source>
      <translation>ce qui est compté, p. ex. « Espèces évaluées »</translation>
    </message>
    <message>
      <source>⚠ %s is no longer an active member of the group: choose a new focal point.</source>
      <translation>⚠ %s n'est plus membre actif du groupe : choisissez un nouveau point focal.</translation>
    </message>
  </context>
  <context>
    <name>TargetOps</name>
    <message>
      <source>Carry targets forward</source>
      <translation>Reporter les objectifs</translation>
    </message>
    <message>
      <source>Delete target</source>
      <translation>Supprimer l'objectif</translation>
    </message>
    <message>
      <source>Edit target</source>
      <translation>Modifier l'objectif</translation>
    </message>
    <message>
      <source>Exporting targets…</source>
      <translation>Export des objectifs…</translation>
    </message>
    <message>
      <source>Importing targets</source>
      <translation>Import des objectifs</translation>
    </message>
    <message>
      <source>Load a KSR set</source>
      <translation>Charger un ensemble de RCE</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>Lecture du classeur…</translation>
    </message>
    <message>
      <source>Record progress</source>
      <translation>Enregistrer l'avancement</translation>
    </message>
    <message>
      <source>Use the previous KSRs</source>
      <translation>Reprendre les RCE précédents</translation>
    </message>
  </context>
  <context>
    <name>TargetTreeModel</name>
    <message>
      <source> (due)</source>
      <translation> (à échéance)</translation>
    </message>
    <message>
      <source> (overdue)</source>
      <translation> (en retard)</translation>
    </message>
    <message>
      <source>%s (no target yet)</source>
      <translation>%s (pas encore d'objectif)</translation>
    </message>
    <message>
      <source>%s is no longer an active member of the group; choose a new focal point in the target editor.</source>
      <translation>%s n'est plus membre actif du groupe ; choisissez un nouveau point focal dans l'éditeur d'objectif.</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>No progress recorded for this quarter yet.</source>
      <translation>Aucun avancement enregistré pour ce trimestre.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>⚠ %s left: needs a new focal point</source>
      <translation>⚠ %s est parti : il faut un nouveau point focal</translation>
    </message>
    <message>
      <source>⚠ No focal point</source>
      <translation>⚠ Pas de point focal</translation>
    </message>
  </context>
  <context>
    <name>TargetUpdate</name>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Fait</translation>
    </message>
    <message>
      <source>&amp;Evidence</source>
      <translation>&amp;Preuves</translation>
    </message>
    <message>
      <source>&amp;Narrative</source>
      <translation>&amp;Récit</translation>
    </message>
    <message>
      <source>&amp;Quarter</source>
      <translation>&amp;Trimestre</translation>
    </message>
    <message>
      <source>&amp;Value reached</source>
      <translation>&amp;Valeur atteinte</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Record progress</source>
      <translation>Enregistrer l'avancement</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>optional links, separated by spaces</source>
      <translation>liens facultatifs, séparés par des espaces</translation>
    </message>
    <message>
      <source>what happened this quarter (goes into the quarterly and annual reports)</source>
      <translation>ce qui s'est passé ce trimestre (va dans les rapports trimestriel et annuel)</translation>
    </message>
    <message>
      <source>— Dro&amp;pped</source>
      <translation>— Aban&amp;donné</translation>
    </message>
    <message>
      <source>▲ At &amp;risk</source>
      <translation>▲ À &amp;risque</translation>
    </message>
    <message>
      <source>● &amp;On track</source>
      <translation>● &amp;En bonne voie</translation>
    </message>
    <message>
      <source>★ A&amp;chieved</source>
      <translation>★ A&amp;tteint</translation>
    </message>
    <message>
      <source>✖ O&amp;ff track</source>
      <translation>✖ En re&amp;tard</translation>
    </message>
  </context>
  <context>
    <name>TargetUpdateDialog</name>
    <message>
      <source>  (recorded)</source>
      <translation>  (enregistré)</translation>
    </message>
    <message>
      <source>From %s to %s%s</source>
      <translation>De %s à %s%s</translation>
    </message>
    <message>
      <source>Record progress: %s</source>
      <translation>Enregistrer l'avancement : %s</translation>
    </message>
    <message>
      <source>The quadrennium has not started yet; there is no quarter to report on.</source>
      <translation>Le quadriennat n'a pas encore commencé ; il n'y a pas de trimestre à rapporter.</translation>
    </message>
    <message>
      <source>The value reached</source>
      <translation>La valeur atteinte</translation>
    </message>
    <message>
      <source>Yes/no milestone</source>
      <translation>Étape oui/non</translation>
    </message>
    <message>
      <source>last update %s</source>
      <translation>dernière mise à jour %s</translation>
    </message>
    <message>
      <source>no update yet</source>
      <translation>pas encore de mise à jour</translation>
    </message>
    <message>
      <source>of %s%s (%d%%)</source>
      <translation>sur %s%s (%d%%)</translation>
    </message>
  </context>
  <context>
    <name>Targets</name>
    <message>
      <source>%1 targets</source>
      <translation>%1 objectifs</translation>
    </message>
    <message>
      <source>1 target</source>
      <translation>1 objectif</translation>
    </message>
    <message>
      <source>KSR %1: %2</source>
      <translation>RCE %1 : %2</translation>
    </message>
  </context>
  <context>
    <name>TargetsExchange</name>
    <message>
      <source>%1: %2 to add, %3 to update, %4 unchanged; %5 quarterly update(s) to record.</source>
      <translation>%1 : %2 à ajouter, %3 à mettre à jour, %4 inchangé(s) ; %5 mise(s) à jour trimestrielle(s) à enregistrer.</translation>
    </message>
    <message>
      <source>%n row(s) have problems; nothing will be imported until they are fixed in the workbook.</source>
      <translation>%n ligne(s) ont des problèmes ; rien ne sera importé tant qu'elles ne sont pas corrigées dans le classeur.</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export targets</source>
      <translation>Exporter les objectifs</translation>
    </message>
    <message>
      <source>Ignored columns: </source>
      <translation>Colonnes ignorées : </translation>
    </message>
    <message>
      <source>Import now? It is one step: Undo (Ctrl+Z) reverses all of it.</source>
      <translation>Importer maintenant ? C'est une seule étape : Annuler (Ctrl+Z) revient sur tout.</translation>
    </message>
    <message>
      <source>Import targets</source>
      <translation>Importer des objectifs</translation>
    </message>
    <message>
      <source>The workbook matches the database; nothing to change.</source>
      <translation>Le classeur correspond à la base de données ; rien à changer.</translation>
    </message>
    <message>
      <source>Wrote %1 target(s) to %2</source>
      <translation>%1 objectif(s) écrit(s) dans %2</translation>
    </message>
  </context>
  <context>
    <name>TargetsPage</name>
    <message>
      <source>%1 not updated in %2</source>
      <translation>%1 non mis à jour en %2</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n target(s) shown</source>
      <translation>
        <numerusform>%1 sur %n objectif affiché</numerusform>
        <numerusform>%1 sur %n objectifs affichés</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 without a current focal point</source>
      <translation>%1 sans point focal actuel</translation>
    </message>
    <message>
      <source>&amp;Add target…</source>
      <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
      <source>&amp;Carry targets forward…</source>
      <translation>&amp;Reporter les objectifs…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>&amp;Load KSR set…</source>
      <translation>&amp;Charger un ensemble de RCE…</translation>
    </message>
    <message>
      <source>&amp;Not updated this quarter</source>
      <translation>&amp;Non mis à jour ce trimestre</translation>
    </message>
    <message>
      <source>&amp;Record progress…</source>
      <translation>&amp;Enregistrer l'avancement…</translation>
    </message>
    <message>
      <source>Add a target under a Key Species Result (Ctrl+N)</source>
      <translation>Ajouter un objectif sous un résultat clé pour les espèces (Ctrl+N)</translation>
    </message>
    <message>
      <source>Any KSR</source>
      <translation>Tout RCE</translation>
    </message>
    <message>
      <source>Any focal point</source>
      <translation>Tout point focal</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <source>Carry the previous plan's KSRs into this quadrennium as a provisional set, until the new plan is loaded</source>
      <translation>Reprendre les RCE du plan précédent dans ce quadriennat comme ensemble provisoire, jusqu'au chargement du nouveau plan</translation>
    </message>
    <message>
      <source>Copy chosen targets of the previous quadrennium into this one; their history stays in the old term</source>
      <translation>Copier les objectifs choisis du quadriennat précédent dans celui-ci ; leur historique reste dans l'ancien mandat</translation>
    </message>
    <message>
      <source>Delete target</source>
      <translation>Supprimer l'objectif</translation>
    </message>
    <message>
      <source>Delete the selected target and its updates (Undo with Ctrl+Z)</source>
      <translation>Supprimer l'objectif sélectionné et ses mises à jour (annuler avec Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
      <source>Delete the target '%s' and its %n progress update(s)? Undo (Ctrl+Z) brings it back.</source>
      <translation>
        <numerusform>Supprimer l'objectif « %s » et sa %n mise à jour d'avancement ? Annuler (Ctrl+Z) le rétablit.</numerusform>
        <numerusform>Supprimer l'objectif « %s » et ses %n mises à jour d'avancement ? Annuler (Ctrl+Z) le rétablit.</numerusform>
      </translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>Edit the selected target</source>
      <translation>Modifier l'objectif sélectionné</translation>
    </message>
    <message>
      <source>Export the targets to an Excel workbook</source>
      <translation>Exporter les objectifs vers un classeur Excel</translation>
    </message>
    <message>
      <source>Import targets from an Excel workbook</source>
      <translation>Importer des objectifs depuis un classeur Excel</translation>
    </message>
    <message>
      <source>KSR set (*.csv);;All files (*)</source>
      <translation>Ensemble de RCE (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Load a KSR set</source>
      <translation>Charger un ensemble de RCE</translation>
    </message>
    <message>
      <source>Load this quadrennium's Key Species Results from a CSV file (the format of 'ssc-desktop import ksrs')</source>
      <translation>Charger les résultats clés pour les espèces de ce quadriennat depuis un fichier CSV (le format de « ssc-desktop import ksrs »)</translation>
    </message>
    <message>
      <source>No Key Species Results are loaded for %1 yet, so no targets can be set. Load the new plan's KSR set from a file with Load KSR set…</source>
      <translation>Aucun résultat clé pour les espèces n'est encore chargé pour %1 : aucun objectif ne peut donc être fixé. Chargez l'ensemble de RCE du nouveau plan depuis un fichier avec Charger un ensemble de RCE…</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Pas encore de groupe. Créez votre groupe avec Fichier ▸ Nouveau groupe…, ou ouvrez le groupe de démonstration depuis le menu Fichier.</translation>
    </message>
    <message numerus="yes">
      <source>No target matches the search and filters. Empty the search box, set the filters back to Any and untick Not updated this quarter to see all %n target(s).</source>
      <translation>
        <numerusform>Aucun objectif ne correspond à la recherche et aux filtres. Videz la zone de recherche, remettez les filtres sur Tout et décochez Non mis à jour ce trimestre pour voir l'objectif (%n).</numerusform>
        <numerusform>Aucun objectif ne correspond à la recherche et aux filtres. Videz la zone de recherche, remettez les filtres sur Tout et décochez Non mis à jour ce trimestre pour voir les %n objectifs.</numerusform>
      </translation>
    </message>
    <message>
      <source>No targets yet: add the group's first target with Add target.</source>
      <translation>Pas encore d'objectif : ajoutez le premier objectif du groupe avec Ajouter un objectif.</translation>
    </message>
    <message>
      <source>Open targets with no progress recorded for the current quarter</source>
      <translation>Objectifs ouverts sans avancement enregistré pour le trimestre en cours</translation>
    </message>
    <message>
      <source>Provisional KSR set: the previous plan's KSRs, carried forward until the new plan is loaded (Load KSR set…).</source>
      <translation>Ensemble de RCE provisoire : les RCE du plan précédent, reportés jusqu'au chargement du nouveau plan (Charger un ensemble de RCE…).</translation>
    </message>
    <message>
      <source>Record this quarter's progress of the selected target (Enter or double-click)</source>
      <translation>Enregistrer l'avancement de ce trimestre pour l'objectif sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
      <source>Search targets, indicators, focal points (Ctrl+F)</source>
      <translation>Chercher objectifs, indicateurs, points focaux (Ctrl+F)</translation>
    </message>
    <message>
      <source>Show targets of this focal point, or those that need one</source>
      <translation>Afficher les objectifs de ce point focal, ou ceux qui en ont besoin d'un</translation>
    </message>
    <message>
      <source>Show targets under this Key Species Result</source>
      <translation>Afficher les objectifs sous ce résultat clé pour les espèces</translation>
    </message>
    <message>
      <source>Show targets with this status</source>
      <translation>Afficher les objectifs avec ce statut</translation>
    </message>
    <message>
      <source>Targets belong to one quadrennium: choose one above (not All quadrennia) to see and set its targets.</source>
      <translation>Les objectifs appartiennent à un quadriennat : choisissez-en un ci-dessus (pas Tous les quadriennats) pour voir et définir ses objectifs.</translation>
    </message>
    <message>
      <source>Until it is published, Use the previous KSRs carries the %1 set forward as a provisional one.</source>
      <translation>En attendant sa publication, Reprendre les RCE précédents reporte l'ensemble %1 comme ensemble provisoire.</translation>
    </message>
    <message>
      <source>Use the &amp;previous KSRs</source>
      <translation>Reprendre les RCE &amp;précédents</translation>
    </message>
    <message>
      <source>⚠ Needs a focal point</source>
      <translation>⚠ Il faut un point focal</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <source>&amp;Reset to the shipped text</source>
      <translation>&amp;Revenir au texte d'origine</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <source>&amp;Text</source>
      <translation>&amp;Texte</translation>
    </message>
    <message>
      <source>(as shipped)</source>
      <translation>(d'origine)</translation>
    </message>
    <message>
      <source>(edited)</source>
      <translation>(modifié)</translation>
    </message>
    <message>
      <source>E-mail templates</source>
      <translation>Modèles de courriel</translation>
    </message>
    <message>
      <source>Placeholders: </source>
      <translation>Champs : </translation>
    </message>
    <message>
      <source>Sa&amp;ve</source>
      <translation>Enre&amp;gistrer</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Close and lose them?</source>
      <translation>Vous avez des modifications non enregistrées. Fermer et les perdre ?</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>65 or over</source>
      <translation>65 ans ou plus</translation>
    </message>
    <message>
      <source>Accepted (awaiting validation)</source>
      <translation>Accepté (en attente de validation)</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>Accepté le</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <source>Active (validated)</source>
      <translation>Actif (validé)</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>Afrique</translation>
    </message>
    <message>
      <source>Alternate email</source>
      <translation>Courriel secondaire</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>Réponse attendue le</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>À risque</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Président</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clos</translation>
    </message>
    <message>
      <source>Co-Chair</source>
      <translation>Coprésident</translation>
    </message>
    <message>
      <source>Code of Conduct accepted on</source>
      <translation>Code de conduite accepté le</translation>
    </message>
    <message>
      <source>Commission System</source>
      <translation>Commission System</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Country code</source>
      <translation>Code du pays</translation>
    </message>
    <message>
      <source>Current / target</source>
      <translation>Actuel / cible</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>Décédé</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>Deputy Chair</source>
      <translation>Vice-président</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>East Europe, North and Central Asia</source>
      <translation>Europe de l'Est, Asie du Nord et Asie centrale</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Evidence gathered</source>
      <translation>Preuves réunies</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Expertise</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <source>Focal point for</source>
      <translation>Point focal pour</translation>
    </message>
    <message>
      <source>Focal point, Conservation Planning</source>
      <translation>Point focal, planification de la conservation</translation>
    </message>
    <message>
      <source>Focal point, Ex-situ Conservation</source>
      <translation>Point focal, conservation ex situ</translation>
    </message>
    <message>
      <source>Focal point, Sustainable Use</source>
      <translation>Point focal, utilisation durable</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <source>Full name (split into given and family name)</source>
      <translation>Nom complet (séparé en prénom et nom de famille)</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Government</source>
      <translation>Gouvernement</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Élevée</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>IUCN username</source>
      <translation>Nom d'utilisateur UICN</translation>
    </message>
    <message>
      <source>Intergovernmental body</source>
      <translation>Organisme intergouvernemental</translation>
    </message>
    <message>
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <source>Invitations</source>
      <translation>Invitations</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Invited on</source>
      <translation>Invité le</translation>
    </message>
    <message>
      <source>KSR</source>
      <translation>RCE</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>Last update</source>
      <translation>Dernière mise à jour</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Lettres</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Membre</translation>
    </message>
    <message>
      <source>Membership Secretary</source>
      <translation>Secrétaire aux adhésions</translation>
    </message>
    <message>
      <source>Meso and South America</source>
      <translation>Méso-Amérique et Amérique du Sud</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name as written</source>
      <translation>Nom tel qu'écrit</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>No response</source>
      <translation>Pas de réponse</translation>
    </message>
    <message>
      <source>No response (invitation expired)</source>
      <translation>Pas de réponse (invitation expirée)</translation>
    </message>
    <message>
      <source>No update yet</source>
      <translation>Pas encore de mise à jour</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>Non binaire</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <source>North America and the Caribbean</source>
      <translation>Amérique du Nord et Caraïbes</translation>
    </message>
    <message>
      <source>Not re-appointed</source>
      <translation>Non reconduit</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>Océanie</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>En bonne voie</translation>
    </message>
    <message>
      <source>Onboarding</source>
      <translation>Intégration du membre</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Partly</source>
      <translation>En partie</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Prefers not to say</source>
      <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
      <source>Programme Officer</source>
      <translation>Chargé de programme</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <source>Quadrennium</source>
      <translation>Quadriennat</translation>
    </message>
    <message>
      <source>Re-invite</source>
      <translation>Réinviter</translation>
    </message>
    <message>
      <source>Record ID</source>
      <translation>Identifiant de la fiche</translation>
    </message>
    <message>
      <source>Red List Authority Coordinator</source>
      <translation>Coordinateur de l'Autorité de la Liste rouge</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Regional Vice-Chair</source>
      <translation>Vice-président régional</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Rappel</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Rappels</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Radié</translation>
    </message>
    <message>
      <source>Renewal invitation (new quadrennium)</source>
      <translation>Invitation de renouvellement (nouveau quadriennat)</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>Resigned</source>
      <translation>Démissionnaire</translation>
    </message>
    <message>
      <source>Response received</source>
      <translation>Réponse reçue</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Roles in the new quadrennium</source>
      <translation>Rôles dans le nouveau quadriennat</translation>
    </message>
    <message>
      <source>Roster</source>
      <translation>Membres</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Sent to the Network Coordinator</source>
      <translation>Envoyée au coordinateur du réseau</translation>
    </message>
    <message>
      <source>Sent to the addressee</source>
      <translation>Envoyée au destinataire</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signée</translation>
    </message>
    <message>
      <source>South and East Asia</source>
      <translation>Asie du Sud et de l'Est</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Status now</source>
      <translation>Statut actuel</translation>
    </message>
    <message>
      <source>Statutory region</source>
      <translation>Région statutaire</translation>
    </message>
    <message>
      <source>Steering Committee member</source>
      <translation>Membre du comité directeur</translation>
    </message>
    <message>
      <source>Student / early-career member</source>
      <translation>Membre étudiant / en début de carrière</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Term ended</source>
      <translation>Mandat terminé</translation>
    </message>
    <message>
      <source>Thank you on leaving</source>
      <translation>Remerciements au départ</translation>
    </message>
    <message>
      <source>Transferred to another group</source>
      <translation>Transféré dans un autre groupe</translation>
    </message>
    <message>
      <source>Under 35</source>
      <translation>Moins de 35 ans</translation>
    </message>
    <message>
      <source>Under review by the Chair's Office</source>
      <translation>À l'examen au bureau du président</translation>
    </message>
    <message>
      <source>Urgent (a decision is imminent)</source>
      <translation>Urgente (une décision est imminente)</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validé le</translation>
    </message>
    <message>
      <source>Via</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Welcome (after validation)</source>
      <translation>Bienvenue (après validation)</translation>
    </message>
    <message>
      <source>West Asia</source>
      <translation>Asie de l'Ouest</translation>
    </message>
    <message>
      <source>West Europe</source>
      <translation>Europe de l'Ouest</translation>
    </message>
    <message>
      <source>What changes</source>
      <translation>Ce qui change</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Working Group chair</source>
      <translation>Président de groupe de travail</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>given names and family name</source>
      <translation>prénom(s) et nom de famille</translation>
    </message>
    <message>
      <source>the Chair's e-mail address</source>
      <translation>l'adresse électronique du président</translation>
    </message>
    <message>
      <source>the day the draft is written</source>
      <translation>le jour où le brouillon est écrit</translation>
    </message>
    <message>
      <source>the day the invitation was sent</source>
      <translation>le jour où l'invitation a été envoyée</translation>
    </message>
    <message>
      <source>the group's Chair (or Co-Chairs)</source>
      <translation>le président du groupe (ou les coprésidents)</translation>
    </message>
    <message>
      <source>the group's name</source>
      <translation>le nom du groupe</translation>
    </message>
    <message>
      <source>the group's short code</source>
      <translation>le code court du groupe</translation>
    </message>
    <message>
      <source>the invitation's response deadline</source>
      <translation>la date limite de réponse à l'invitation</translation>
    </message>
    <message>
      <source>the member's e-mail address</source>
      <translation>l'adresse électronique du membre</translation>
    </message>
    <message>
      <source>the member's family name</source>
      <translation>le nom de famille du membre</translation>
    </message>
    <message>
      <source>the member's given names</source>
      <translation>le(s) prénom(s) du membre</translation>
    </message>
    <message>
      <source>the membership's quadrennium, e.g. 2026-2029</source>
      <translation>le quadriennat de l'adhésion, p. ex. 2026-2029</translation>
    </message>
  </context>
</TS>
