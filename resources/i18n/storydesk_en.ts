<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>{size} in %Ln files</source>
        <translation>
            <numerusform>{size} in %Ln file</numerusform>
            <numerusform>{size} in %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasketDock</name>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>The story in the bas&amp;ket</numerusform>
            <numerusform>The %Ln stories in the bas&amp;ket, in its order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln stories)</source>
        <translation>
            <numerusform>{name} (%Ln story)</numerusform>
            <numerusform>{name} (%Ln stories)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>The story of the current &amp;results</numerusform>
            <numerusform>The %Ln stories of the current &amp;results, in their order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionActions</name>
    <message numerus="yes">
        <source>Collection “{name}”: %n stories, in its order</source>
        <translation>
            <numerusform>Collection “{name}”: %n story</numerusform>
            <numerusform>Collection “{name}”: %n stories, in its order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made the collection “{name}” with %n stories</source>
        <translation>
            <numerusform>Made the collection “{name}” with %n story</numerusform>
            <numerusform>Made the collection “{name}” with %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n stories to “{name}”</source>
        <translation>
            <numerusform>Added %n story to “{name}”</numerusform>
            <numerusform>Added %n stories to “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stories from “{name}”</source>
        <translation>
            <numerusform>Removed %n story from “{name}”</numerusform>
            <numerusform>Removed %n stories from “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %n stories</source>
        <translation>
            <numerusform>Wrote the bundle {path} with %n story</numerusform>
            <numerusform>Wrote the bundle {path} with %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the new collection (%n stories):</source>
        <translation>
            <numerusform>Name of the new collection (%n story):</numerusform>
            <numerusform>Name of the new collection (%n stories):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the collection (%n stories, in the basket&apos;s order):</source>
        <translation>
            <numerusform>Name of the collection (%n story):</numerusform>
            <numerusform>Name of the collection (%n stories, in the basket&apos;s order):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n stories stay in the catalogue.</source>
        <translation>
            <numerusform>Its %n story stays in the catalogue.</numerusform>
            <numerusform>Its %n stories stay in the catalogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message numerus="yes">
        <source>%n stories; click to show them</source>
        <translation>
            <numerusform>%n story; click to show it</numerusform>
            <numerusform>%n stories; click to show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message numerus="yes">
        <source>%Ln fields edited here were also changed in the source. The catalogue kept your edits; keep them, or take the imported values.</source>
        <translation>
            <numerusform>%Ln field edited here was also changed in the source. The catalogue kept your edit; keep it, or take the imported value.</numerusform>
            <numerusform>%Ln fields edited here were also changed in the source. The catalogue kept your edits; keep them, or take the imported values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteController</name>
    <message numerus="yes">
        <source>Delete of %Ln stories</source>
        <translation>
            <numerusform>Delete of %Ln story</numerusform>
            <numerusform>Delete of %Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stories?</source>
        <translation>
            <numerusform>Delete %Ln story?</numerusform>
            <numerusform>Delete %Ln stories?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message numerus="yes">
        <source>Merged “{source}” into “{target}”: %Ln stories relinked.</source>
        <translation>
            <numerusform>Merged “{source}” into “{target}”: %Ln story relinked.</numerusform>
            <numerusform>Merged “{source}” into “{target}”: %Ln stories relinked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>%Ln stories naming {name}:</source>
        <translation>
            <numerusform>%Ln story naming {name}:</numerusform>
            <numerusform>%Ln stories naming {name}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message numerus="yes">
        <source>Show all (%Ln more)…</source>
        <translation>
            <numerusform>Show all (%Ln more)…</numerusform>
            <numerusform>Show all (%Ln more)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, chosen, %Ln stories</source>
        <translation>
            <numerusform>{value}, chosen, %Ln story</numerusform>
            <numerusform>{value}, chosen, %Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to add it to the filter.</source>
        <translation>
            <numerusform>{value}: %Ln story. Click to add it to the filter.</numerusform>
            <numerusform>{value}: %Ln stories. Click to add it to the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln stories</source>
        <translation>
            <numerusform>{value}, %Ln story</numerusform>
            <numerusform>{value}, %Ln stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValuesDialog</name>
    <message numerus="yes">
        <source>%Ln values listed</source>
        <translation>
            <numerusform>%Ln value listed</numerusform>
            <numerusform>%Ln values listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln chosen</numerusform>
            <numerusform>%Ln chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%Ln changes, newest first</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln new story</numerusform>
            <numerusform>%Ln new stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln in conflict</numerusform>
            <numerusform>%Ln in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>New (%Ln)</numerusform>
            <numerusform>New (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (%Ln)</source>
        <translation>
            <numerusform>Updated (%Ln)</numerusform>
            <numerusform>Updated (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%Ln)</source>
        <translation>
            <numerusform>Unchanged (%Ln)</numerusform>
            <numerusform>Unchanged (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn (%Ln)</source>
        <translation>
            <numerusform>Withdrawn (%Ln)</numerusform>
            <numerusform>Withdrawn (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Rejected (%Ln)</numerusform>
            <numerusform>Rejected (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Conflicts (%Ln)</numerusform>
            <numerusform>Conflicts (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln new story</numerusform>
            <numerusform>%Ln new stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue, unchanged</source>
        <translation>
            <numerusform>%Ln already in the catalogue, unchanged</numerusform>
            <numerusform>%Ln already in the catalogue, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All (%Ln)</source>
        <translation>
            <numerusform>All (%Ln)</numerusform>
            <numerusform>All (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%Ln)</source>
        <translation>
            <numerusform>{kind} (%Ln)</numerusform>
            <numerusform>{kind} (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln file could not be imported</numerusform>
            <numerusform>%Ln files could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images missing</source>
        <translation>
            <numerusform>%Ln image missing</numerusform>
            <numerusform>%Ln images missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: the catalogue kept its stories</source>
        <translation>
            <numerusform>%Ln conflict: the catalogue kept its story</numerusform>
            <numerusform>%Ln conflicts: the catalogue kept its stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edits kept over changes in the source</source>
        <translation>
            <numerusform>%Ln edit kept over a change in the source</numerusform>
            <numerusform>%Ln edits kept over changes in the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files or rows skipped</source>
        <translation>
            <numerusform>%Ln file or row skipped</numerusform>
            <numerusform>%Ln files or rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values left out</source>
        <translation>
            <numerusform>%Ln value left out</numerusform>
            <numerusform>%Ln values left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Added %Ln stories to the basket</source>
        <translation>
            <numerusform>Added %Ln story to the basket</numerusform>
            <numerusform>Added %Ln stories to the basket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stories.</source>
        <translation>
            <numerusform>Deleted %Ln story.</numerusform>
            <numerusform>Deleted %Ln stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %Ln stories.</source>
        <translation>
            <numerusform>Put back %Ln story.</numerusform>
            <numerusform>Put back %Ln stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %Ln stories</source>
        <translation>
            <numerusform>Wrote the bundle {path} with %Ln story</numerusform>
            <numerusform>Wrote the bundle {path} with %Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation>
            <numerusform>Restored %Ln story from the backup; the previous catalogue is kept in {folder}</numerusform>
            <numerusform>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories were changed elsewhere; the list is up to date.</source>
        <translation>
            <numerusform>%n story was changed elsewhere; the list is up to date.</numerusform>
            <numerusform>%n stories were changed elsewhere; the list is up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message numerus="yes">
        <source>Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</source>
        <translation>
            <numerusform>Merge “{source}” into “{target}”? %Ln story will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</numerusform>
            <numerusform>Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>The story in the bas&amp;ket</numerusform>
            <numerusform>The %Ln stories in the bas&amp;ket, in its order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the &amp;collection “{name}”, in its order</source>
        <translation>
            <numerusform>The %Ln story of the &amp;collection “{name}”</numerusform>
            <numerusform>The %Ln stories of the &amp;collection “{name}”, in its order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {count} of the %Ln stories of the current &amp;results</source>
        <translation>
            <numerusform>The first {count} of the %Ln story of the current &amp;results</numerusform>
            <numerusform>The first {count} of the %Ln stories of the current &amp;results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>The story of the current &amp;results</numerusform>
            <numerusform>The %Ln stories of the current &amp;results, in their order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation>
            <numerusform>%Ln story found</numerusform>
            <numerusform>%Ln stories found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln stories, newest first</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>All %Ln stories, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories still being indexed</source>
        <translation>
            <numerusform>%Ln story still being indexed</numerusform>
            <numerusform>%Ln stories still being indexed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedCatalogueDialog</name>
    <message numerus="yes">
        <source>Connected: the catalogue holds %Ln stories.</source>
        <translation>
            <numerusform>Connected: the catalogue holds %Ln story.</numerusform>
            <numerusform>Connected: the catalogue holds %Ln stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLinks</name>
    <message numerus="yes">
        <source>Linked %Ln stories as translations: {titles}</source>
        <translation>
            <numerusform>Linked %Ln story as translations: {titles}</numerusform>
            <numerusform>Linked %Ln stories as translations: {titles}</numerusform>
        </translation>
    </message>
</context>
</TS>
